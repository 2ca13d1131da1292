-- Version 4: speaker corrections count everywhere, like topic and stance corrections.
-- * speaker_reviews: the latest speaker review of each statement, resolved: new_value is a catalogue actor id (the
--   actor's name and country then apply) or a name the catalogue does not know (the statement's country stays).
-- * effective_positions: positions of statements without a speaker review read their own actor columns; the rest
--   take the reviewed speaker's. UNION ALL rather than COALESCE, so lookups by actor_key still use its index.
-- The speaker's office (and so seniority) stays the statement's: a corrected name does not say which office spoke.

CREATE VIEW IF NOT EXISTS speaker_reviews AS
SELECT r.statement_id AS statement_id,
       r.id AS review_id,
       COALESCE(a.name, r.new_value) AS speaker_name,
       a.id AS actor_id,
       COALESCE(a.country, s.speaker_country) AS country,
       COALESCE(a.id, 'name:' || lower(trim(r.new_value)) || '|' || COALESCE(s.speaker_country, '')) AS actor_key
FROM reviews r
JOIN statements s ON s.id = r.statement_id
LEFT JOIN actors a ON a.id = r.new_value
WHERE r.field = 'speaker' AND r.new_value IS NOT NULL
  AND r.id = (SELECT r2.id FROM reviews r2 WHERE r2.statement_id = r.statement_id AND r2.field = 'speaker' AND r2.new_value IS NOT NULL
              ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1);

DROP VIEW IF EXISTS effective_positions;

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
FROM positions p
WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.statement_id = p.statement_id AND r.field = 'speaker' AND r.new_value IS NOT NULL)
UNION ALL
SELECT p.id AS position_id,
       p.statement_id AS statement_id,
       COALESCE((SELECT r.new_value FROM reviews r WHERE r.position_id = p.id AND r.field = 'topic'
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.topic_id) AS topic_id,
       COALESCE((SELECT r.new_value FROM reviews r WHERE r.position_id = p.id AND r.field = 'stance'
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.stance) AS stance,
       p.stance AS model_stance,
       p.confidence AS confidence,
       EXISTS (SELECT 1 FROM reviews r WHERE r.position_id = p.id) AS reviewed,
       sp.actor_key AS actor_key,
       sp.actor_id AS actor_id,
       sp.country AS country,
       p.seniority AS seniority,
       p.published_date AS day
FROM speaker_reviews sp
JOIN positions p ON p.statement_id = sp.statement_id;

-- A database with speaker reviews from before this version rebuilds its day tables (the set-based pass of
-- PositionDays.Rebuild); one without, the usual case, skips it at the cost of one lookup.
DELETE FROM position_days WHERE EXISTS (SELECT 1 FROM speaker_reviews);
DELETE FROM actor_topics WHERE EXISTS (SELECT 1 FROM speaker_reviews);

INSERT INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed)
SELECT actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed
FROM (
  SELECT e.*, ROW_NUMBER() OVER (
           PARTITION BY e.actor_key, e.topic_id, e.day
           ORDER BY CASE WHEN e.reviewed THEN 1.0 ELSE e.confidence END DESC, e.position_id DESC) AS rank
  FROM effective_positions e
  WHERE EXISTS (SELECT 1 FROM speaker_reviews))
WHERE rank = 1;

INSERT OR IGNORE INTO actor_topics (actor_key, topic_id)
SELECT DISTINCT actor_key, topic_id FROM position_days WHERE EXISTS (SELECT 1 FROM speaker_reviews);
