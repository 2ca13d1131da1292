-- Version 10: the dashboard's users, for sign-in in team mode. name_key is the name folded in C# (trimmed, NFC,
-- invariant lower case), so uniqueness whatever the case holds beyond ASCII. A removed user keeps the row
-- (disabled_at), and so the name, which the reviews recorded under it go on meaning.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT NULL
);

-- The audit lists reviews by reviewer, newest first.
CREATE INDEX ix_reviews_reviewer ON reviews (reviewer, reviewed_at);
