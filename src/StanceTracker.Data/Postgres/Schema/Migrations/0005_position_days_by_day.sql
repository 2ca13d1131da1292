-- Version 5: the per-day table by day, as SQLite's version 11: "what changed since a date" starts from the histories
-- with a day since then, and both of its lookups scanned the whole table without it.
CREATE INDEX ix_position_days_day ON position_days (day) INCLUDE (actor_key, topic_id, country);
