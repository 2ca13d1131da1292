-- Version 2: full-text search over statement text. External content keeps one copy of the text (in statements);
-- the triggers keep the index in step, including deletes cascaded from articles.

CREATE VIRTUAL TABLE IF NOT EXISTS statement_search USING fts5 (
  text,
  content = 'statements',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS statements_search_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statement_search (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_search_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statement_search (statement_search, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_search_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statement_search (statement_search, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statement_search (rowid, text) VALUES (new.id, new.text);
END;

-- Statements stored under version 1 have no index entries yet.
INSERT INTO statement_search (statement_search) VALUES ('rebuild');
