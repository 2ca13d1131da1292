-- Version 1: the tables, constraints and dashboard indexes. Never edit after release; add a new migration instead.

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
  ingested_at TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_articles_published_date ON articles (published_date);
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
  published_date TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_positions_statement ON positions (statement_id);
CREATE INDEX IF NOT EXISTS ix_positions_topic_date ON positions (topic_id, published_date);
CREATE INDEX IF NOT EXISTS ix_positions_actor_topic_date ON positions (actor_id, topic_id, published_date);
CREATE INDEX IF NOT EXISTS ix_positions_country_topic_date ON positions (country, topic_id, published_date);

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
