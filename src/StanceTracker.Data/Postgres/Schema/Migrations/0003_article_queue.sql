-- Version 3: the article queue that `ingest --queue` fills and workers on any number of machines drain. Articles are
-- kept as read (a worker cannot see the enqueuer's files); times are Unix milliseconds from the workers' clocks.
CREATE TABLE article_queue (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  title text NOT NULL,
  published text NOT NULL,
  source text NULL,
  url text NULL,
  author text NULL,
  language text NULL,
  body text NOT NULL,
  origin text NOT NULL,
  enqueued_at bigint NOT NULL,
  claimed_by text NULL,
  claimed_at bigint NULL,
  attempts integer NOT NULL DEFAULT 0,
  finished_at bigint NULL,
  outcome text NULL CHECK (outcome IN ('stored', 'duplicate', 'refused', 'given-up')),
  article_id bigint NULL,
  message text NULL
);

-- What a claim searches: the unfinished rows, oldest first.
CREATE INDEX ix_article_queue_open ON article_queue (id) WHERE finished_at IS NULL;
