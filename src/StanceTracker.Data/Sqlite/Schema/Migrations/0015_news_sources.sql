-- Version 15: news sources polled on a schedule (RSS/Atom feeds and watch folders), with each source's status, and the
-- items and files already seen per source, so that a summary-only item's page is not fetched again and a folder's
-- unchanged files are not read again. Not the `sources` table, which names the outlets articles came from. Times are
-- Unix milliseconds; location_key is the location normalised in C#, so one feed or folder is added once.
CREATE TABLE news_sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'folder')),
  location TEXT NOT NULL,
  location_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  poll_seconds INTEGER NOT NULL CHECK (poll_seconds > 0),
  added_at INTEGER NOT NULL,
  etag TEXT NULL,
  last_modified TEXT NULL,
  last_polled_at INTEGER NULL,
  last_success_at INTEGER NULL,
  last_error_at INTEGER NULL,
  last_error TEXT NULL,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at INTEGER NOT NULL,
  articles_added INTEGER NOT NULL DEFAULT 0,
  last_articles_added INTEGER NOT NULL DEFAULT 0
);

-- What the poller asks each round: the sources due now.
CREATE INDEX ix_news_sources_due ON news_sources (next_poll_at);

CREATE TABLE news_source_items (
  source_id INTEGER NOT NULL REFERENCES news_sources (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (source_id, item_key)
);
