-- Version 12: the shifts the default rules find, kept by C# (StoredShifts) whenever a per-day row changes, so "what
-- changed since a date" reads the shifts since it instead of recomputing every history with a day since then. Filled
-- by the migration's C# step; shift_rules names the rules they were computed with, and a build whose defaults differ
-- recomputes them. Before and after are the per-day rows (position_days.position_id) the shift quotes.
CREATE TABLE shifts (
  id INTEGER PRIMARY KEY,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('actor', 'country')),
  subject TEXT NOT NULL,
  topic_id TEXT NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reversal', 'softening', 'hardening', 'clarification')),
  from_stance TEXT NOT NULL,
  to_stance TEXT NOT NULL,
  before_position_id INTEGER NOT NULL,
  after_position_id INTEGER NOT NULL
);

CREATE INDEX ix_shifts_subject ON shifts (subject_kind, subject, topic_id);
CREATE INDEX ix_shifts_day ON shifts (day, topic_id);

CREATE TABLE shift_rules (
  rules TEXT PRIMARY KEY
);
