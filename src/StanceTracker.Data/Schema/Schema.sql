-- The full current schema (version 5), applied to a new database in one go. Idempotent: every statement is
-- IF NOT EXISTS. Keep it equal to what Migrations/ produce from version 1; a test compares the two.

CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  published TEXT NOT NULL,
  published_date TEXT NOT NULL CHECK (published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source_id INTEGER NULL REFERENCES sources (id),
  url TEXT NULL,
  author TEXT NULL,
  language TEXT NULL,
  body TEXT NOT NULL,
  origin TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  classified_by TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_articles_published_date ON articles (published_date);
CREATE INDEX IF NOT EXISTS ix_articles_classified_by ON articles (classified_by);
CREATE INDEX IF NOT EXISTS ix_articles_source ON articles (source_id);

CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'institution')),
  country TEXT NOT NULL,
  gender TEXT NULL,
  wikidata_id TEXT NULL
);

CREATE TABLE IF NOT EXISTS actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias)
);

CREATE INDEX IF NOT EXISTS ix_actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS actor_terms (
  id INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  office TEXT NOT NULL,
  title TEXT NOT NULL,
  country TEXT NOT NULL,
  start_date TEXT NULL,
  end_date TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_actor_terms_actor ON actor_terms (actor_id);

CREATE TABLE IF NOT EXISTS topics (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  proposition TEXT NOT NULL,
  description TEXT NOT NULL,
  cues TEXT NOT NULL DEFAULT '[]',
  sort_order INTEGER NOT NULL
);

-- actor_id has no foreign key on purpose: the actor catalogue is reloaded from its source file and may drop or
-- rename ids, and a statement keeps the attribution made when it was ingested (re-resolution is a separate job).
CREATE TABLE IF NOT EXISTS statements (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_name TEXT NOT NULL,
  actor_id TEXT NULL,
  speaker_country TEXT NULL,
  speaker_role TEXT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  published_date TEXT NOT NULL,
  speaker_office TEXT NULL,
  CHECK (0 <= start_offset AND start_offset <= end_offset)
);

CREATE INDEX IF NOT EXISTS ix_statements_article ON statements (article_id);
CREATE INDEX IF NOT EXISTS ix_statements_published_date ON statements (published_date);

-- actor_id, country and published_date copy the statement's so the dashboard's indexes cover its filters
-- without joining statements and articles.
CREATE TABLE IF NOT EXISTS positions (
  id INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics (id),
  stance TEXT NOT NULL CHECK (stance IN ('support', 'open', 'neutral', 'oppose')),
  confidence REAL NOT NULL CHECK (confidence BETWEEN 0.0 AND 1.0),
  model_version TEXT NOT NULL,
  needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
  actor_id TEXT NULL,
  country TEXT NULL,
  published_date TEXT NOT NULL,
  actor_key TEXT NOT NULL DEFAULT '',
  seniority INTEGER NOT NULL DEFAULT 4
);

CREATE INDEX IF NOT EXISTS ix_positions_statement ON positions (statement_id);
CREATE INDEX IF NOT EXISTS ix_positions_topic_date ON positions (topic_id, published_date);
CREATE INDEX IF NOT EXISTS ix_positions_actor_topic_date ON positions (actor_id, topic_id, published_date);
CREATE INDEX IF NOT EXISTS ix_positions_country_topic_date ON positions (country, topic_id, published_date);
CREATE INDEX IF NOT EXISTS ix_positions_key_date ON positions (actor_key, published_date);

-- A correction never rewrites the model's row: the latest review of a field wins when reading.
CREATE TABLE IF NOT EXISTS reviews (
  id INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  position_id INTEGER NULL REFERENCES positions (id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('speaker', 'topic', 'stance', 'accept')),
  old_value TEXT NULL,
  new_value TEXT NULL,
  reviewer TEXT NOT NULL,
  reason TEXT NULL,
  reviewed_at TEXT NOT NULL,
  CHECK (field <> 'stance' OR (position_id IS NOT NULL AND new_value IN ('support', 'open', 'neutral', 'oppose'))),
  CHECK (field <> 'topic' OR (position_id IS NOT NULL AND new_value IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS ix_reviews_position ON reviews (position_id, field, reviewed_at);
CREATE INDEX IF NOT EXISTS ix_reviews_statement ON reviews (statement_id);

CREATE VIRTUAL TABLE IF NOT EXISTS statement_search USING fts5 (
  text,
  content = 'statements',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS statements_search_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statement_search (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_search_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statement_search (statement_search, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_search_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statement_search (statement_search, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statement_search (rowid, text) VALUES (new.id, new.text);
END;

-- Version 3: the derived tables behind the as-of views (see Migrations/0003); version 4: speaker reviews applied
-- (see Migrations/0004).
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
  agreeing INTEGER NOT NULL DEFAULT 1,
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

-- Version 5: the evidence behind position days (see Migrations/0005); version 6 adds Agreeing (Migrations/0006).
CREATE VIEW IF NOT EXISTS position_evidence AS
SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId,
       d.actor_id AS ActorId, s.speaker_name AS SpeakerName, d.country AS Country, s.speaker_office AS Office,
       s.speaker_role AS Role, d.stance AS Stance, d.model_stance AS ModelStance, d.confidence AS Confidence,
       d.reviewed AS Reviewed, d.agreeing AS Agreeing, s.text AS Text, a.title AS ArticleTitle, a.url AS Url, src.name AS Source
FROM position_days d
JOIN statements s ON s.id = d.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN sources src ON src.id = a.source_id;
