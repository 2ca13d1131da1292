-- Version 8: reviews are applied once, in C# (StanceTracker.Core.Reviews.ReviewRules), and the result is stored: the
-- effective_* columns of positions and the speaker_corrections table. Until version 7 three views re-implemented
-- "the latest review wins" in SQL, and their actor key lower-cased with SQLite's ASCII-only lower(), so a corrected
-- speaker named 'Šefčovič' split from the same speaker keyed in C#. The model's own columns stay as they were.
-- The migration copies the model's values; the C# step that follows it applies the reviews and rebuilds position_days.

ALTER TABLE positions ADD COLUMN effective_topic_id TEXT NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN effective_stance TEXT NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN effective_actor_key TEXT NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN effective_actor_id TEXT NULL;
ALTER TABLE positions ADD COLUMN effective_country TEXT NULL;
ALTER TABLE positions ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;

UPDATE positions SET effective_topic_id = topic_id, effective_stance = stance, effective_actor_key = actor_key,
                     effective_actor_id = actor_id, effective_country = country;

-- Readers filter on the values that count now; the indexes on the model's key and topic served the old views.
CREATE INDEX ix_positions_effective_key_topic_date ON positions (effective_actor_key, effective_topic_id, published_date);
CREATE INDEX ix_positions_effective_topic_date ON positions (effective_topic_id, published_date);
DROP INDEX IF EXISTS ix_positions_key_date;
DROP INDEX IF EXISTS ix_positions_topic_date;

-- The speaker a statement counts under after its latest speaker correction; no row: the extracted speaker.
CREATE TABLE speaker_corrections (
  statement_id INTEGER PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
  speaker_name TEXT NOT NULL,
  actor_id TEXT NULL,
  country TEXT NULL,
  actor_key TEXT NOT NULL
);

DROP VIEW IF EXISTS position_evidence;
DROP VIEW IF EXISTS effective_positions;
DROP VIEW IF EXISTS speaker_reviews;

-- Names only: every value is the one C# stored.
CREATE VIEW effective_positions AS
SELECT p.id AS position_id, p.statement_id AS statement_id, p.effective_topic_id AS topic_id, p.effective_stance AS stance,
       p.stance AS model_stance, p.confidence AS confidence, p.reviewed AS reviewed, p.effective_actor_key AS actor_key,
       p.effective_actor_id AS actor_id, p.effective_country AS country, p.seniority AS seniority, p.published_date AS day
FROM positions p;

-- As in version 6, now with the stored rank and the position's id, so evidence never recomputes either.
CREATE VIEW position_evidence AS
SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
       d.actor_id AS ActorId, s.speaker_name AS SpeakerName, d.country AS Country, s.speaker_office AS Office,
       s.speaker_role AS Role, d.seniority AS Rank, d.stance AS Stance, d.model_stance AS ModelStance, d.confidence AS Confidence,
       d.reviewed AS Reviewed, d.agreeing AS Agreeing, s.text AS Text, a.title AS ArticleTitle, a.url AS Url, src.name AS Source
FROM position_days d
JOIN statements s ON s.id = d.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN sources src ON src.id = a.source_id;
