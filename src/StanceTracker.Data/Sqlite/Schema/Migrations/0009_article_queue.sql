-- Version 9: the article queue that `ingest --queue` fills and workers drain. Articles are kept as read (the worker
-- may run on another machine than the files); times are Unix milliseconds.
CREATE TABLE article_queue (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  published TEXT NOT NULL,
  source TEXT NULL,
  url TEXT NULL,
  author TEXT NULL,
  language TEXT NULL,
  body TEXT NOT NULL,
  origin TEXT NOT NULL,
  enqueued_at INTEGER NOT NULL,
  claimed_by TEXT NULL,
  claimed_at INTEGER NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  finished_at INTEGER NULL,
  outcome TEXT NULL CHECK (outcome IN ('stored', 'duplicate', 'refused', 'given-up')),
  article_id INTEGER NULL,
  message TEXT NULL
);

-- What a claim searches: the unfinished rows, oldest first.
CREATE INDEX ix_article_queue_open ON article_queue (id) WHERE finished_at IS NULL;
