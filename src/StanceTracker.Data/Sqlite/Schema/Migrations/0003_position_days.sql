-- Version 3: what the position views need at a million statements.
-- * statements.speaker_office and positions.seniority: the office held on the date ranks speakers for a country.
-- * positions.actor_key: the actor id, or name and country for a speaker the catalogue does not know.
-- * effective_positions: the model's positions with the latest human review of topic and stance applied.
-- * position_days: per actor, topic and day the position that counts that day (reviews and confidence decide);
--   actor_topics: which actors spoke on which topics. Both are kept in step by ArticleStore and ReviewStore, and
--   make "as of" questions a few thousand index seeks instead of a scan.

ALTER TABLE statements ADD COLUMN speaker_office TEXT NULL;
ALTER TABLE positions ADD COLUMN actor_key TEXT NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN seniority INTEGER NOT NULL DEFAULT 4;

UPDATE positions SET actor_key = COALESCE(actor_id,
  'name:' || lower(trim((SELECT s.speaker_name FROM statements s WHERE s.id = positions.statement_id))) || '|' || COALESCE(country, ''));

CREATE INDEX IF NOT EXISTS ix_positions_key_date ON positions (actor_key, published_date);

CREATE VIEW IF NOT EXISTS effective_positions AS
SELECT p.id AS position_id,
       p.statement_id AS statement_id,
       COALESCE((SELECT r.new_value FROM reviews r WHERE r.position_id = p.id AND r.field = 'topic'
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.topic_id) AS topic_id,
       COALESCE((SELECT r.new_value FROM reviews r WHERE r.position_id = p.id AND r.field = 'stance'
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.stance) AS stance,
       p.stance AS model_stance,
       p.confidence AS confidence,
       EXISTS (SELECT 1 FROM reviews r WHERE r.position_id = p.id) AS reviewed,
       p.actor_key AS actor_key,
       p.actor_id AS actor_id,
       p.country AS country,
       p.seniority AS seniority,
       p.published_date AS day
FROM positions p;

CREATE TABLE IF NOT EXISTS position_days (
  actor_key TEXT NOT NULL,
  topic_id TEXT NOT NULL,
  day TEXT NOT NULL,
  position_id INTEGER NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL,
  actor_id TEXT NULL,
  country TEXT NULL,
  seniority INTEGER NOT NULL,
  stance TEXT NOT NULL CHECK (stance IN ('support', 'open', 'neutral', 'oppose')),
  model_stance TEXT NOT NULL,
  confidence REAL NOT NULL,
  reviewed INTEGER NOT NULL,
  PRIMARY KEY (actor_key, topic_id, day)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_position_days_country_topic_day ON position_days (country, topic_id, day);
CREATE INDEX IF NOT EXISTS ix_position_days_topic_day ON position_days (topic_id, day);
CREATE INDEX IF NOT EXISTS ix_position_days_position ON position_days (position_id);

CREATE TABLE IF NOT EXISTS actor_topics (
  actor_key TEXT NOT NULL,
  topic_id TEXT NOT NULL,
  PRIMARY KEY (actor_key, topic_id)
) WITHOUT ROWID;

INSERT OR REPLACE INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed)
SELECT actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed
FROM (
  SELECT e.*, ROW_NUMBER() OVER (
           PARTITION BY e.actor_key, e.topic_id, e.day
           ORDER BY CASE WHEN e.reviewed THEN 1.0 ELSE e.confidence END DESC, e.position_id DESC) AS rank
  FROM effective_positions e)
WHERE rank = 1;

INSERT OR IGNORE INTO actor_topics (actor_key, topic_id) SELECT DISTINCT actor_key, topic_id FROM position_days;
