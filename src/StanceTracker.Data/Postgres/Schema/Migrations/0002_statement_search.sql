-- Version 2: full-text search over statement text. A generated tsvector kept by PostgreSQL itself (no trigger) and a
-- GIN index; the 'simple' configuration folds case and keeps every word, as SQLite's unicode61 tokenizer does (it does
-- not fold diacritics, which needs the unaccent extension and a superuser to install it).

ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;

CREATE INDEX ix_statements_search ON statements USING GIN (search);
