-- Version 11: the per-day table by day. "What changed since a date" starts from the histories with a day since then;
-- without this index both of its lookups scanned the whole table. The country column makes it cover both lookups
-- (the primary key's columns come with every entry).
CREATE INDEX ix_position_days_day ON position_days (day, country);
