-- Version 7: articles.classified_by, the classifier version that produced the article's positions (null: stored
-- without classification, or before this was recorded). When a better model replaces the one that classified the
-- stored articles (the transformer trained in the background on first run), the articles whose classified_by differs
-- are classified again; reviewed positions are kept.

ALTER TABLE articles ADD COLUMN classified_by TEXT NULL;

CREATE INDEX IF NOT EXISTS ix_articles_classified_by ON articles (classified_by);
