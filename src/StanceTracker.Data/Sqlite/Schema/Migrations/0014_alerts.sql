-- Version 14: alerts. A follow is who (the signed-in name, or "local" for the single analyst) follows what (a country,
-- an actor or a topic) through which channel (an email address or a webhook URL). A delivery is one shift sent (or
-- being sent, or failed) to one follow: unique per follow and shift, so a shift is claimed once and never sent twice.
-- Times are UTC round-trip text (IsoDate.FormatUtc), whose text order is time order.

CREATE TABLE alert_follows (
  id INTEGER PRIMARY KEY,
  owner TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'actor', 'topic')),
  target TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
  address TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (owner, kind, target, channel, address)
);

CREATE TABLE alert_deliveries (
  id INTEGER PRIMARY KEY,
  follow_id INTEGER NOT NULL REFERENCES alert_follows (id) ON DELETE CASCADE,
  shift_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sending', 'delivered', 'failed', 'given-up')),
  attempts INTEGER NOT NULL,
  last_error TEXT NULL,
  claimed_at TEXT NOT NULL,
  next_attempt_at TEXT NULL,
  delivered_at TEXT NULL,
  UNIQUE (follow_id, shift_key)
);

-- "New since the follow" compares each shift's article with the follow's creation: articles by ingestion time.
CREATE INDEX ix_articles_ingested_at ON articles (ingested_at);
