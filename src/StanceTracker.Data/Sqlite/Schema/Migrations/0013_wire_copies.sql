-- Version 13: wire copies. A statement re-published by further articles (the same agency copy under other
-- boilerplate) is stored once; statement_reports names every further article that carried it. speaker_key (the
-- actor key of PositionEvidence.KeyFor) and simhash (NearDuplicates) let the next copy find it; both are computed in
-- C#, so statements stored before this version have them NULL and get them when an article of their days is next
-- written (the partial index finds those few rows, and is empty once they are done).
ALTER TABLE statements ADD COLUMN speaker_key TEXT NULL;
ALTER TABLE statements ADD COLUMN simhash INTEGER NULL;

CREATE INDEX ix_statements_speaker_day ON statements (speaker_key, published_date);
CREATE INDEX ix_statements_unfingerprinted ON statements (published_date) WHERE simhash IS NULL;

CREATE TABLE statement_reports (
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (statement_id, article_id)
);

CREATE INDEX ix_statement_reports_article ON statement_reports (article_id);
