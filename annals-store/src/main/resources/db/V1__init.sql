-- Annals store, schema version 1.
-- Applied in one transaction by org.annals.store.Migrations; never edit a released migration,
-- add V2__*.sql instead. Offsets are UTF-16 char offsets, half-open: char_* into the clean text,
-- raw_* into the raw text (the input decoded with its charset).

CREATE SEQUENCE ingest_run_ids START 1;

CREATE TABLE ingest_runs (
  id BIGINT PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  inputs JSON NOT NULL,
  added BIGINT NOT NULL DEFAULT 0,
  unchanged BIGINT NOT NULL DEFAULT 0,
  new_versions BIGINT NOT NULL DEFAULT 0,
  quarantined BIGINT NOT NULL DEFAULT 0,
  warnings BIGINT NOT NULL DEFAULT 0,
  status VARCHAR NOT NULL CHECK (status IN ('running', 'finished', 'failed'))
);

CREATE TABLE articles (
  id VARCHAR PRIMARY KEY,
  canonical_url VARCHAR NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  content_sha256 VARCHAR NOT NULL,
  raw_sha256 VARCHAR,
  raw_byte_length BIGINT NOT NULL,
  source_path VARCHAR NOT NULL,
  source_locator VARCHAR NOT NULL,
  source_byte_offset BIGINT NOT NULL,
  content_type VARCHAR NOT NULL,
  charset VARCHAR,
  raw_text VARCHAR NOT NULL,
  clean_text VARCHAR NOT NULL,
  offset_map BLOB NOT NULL,
  title VARCHAR,
  outlet VARCHAR,
  published_date DATE,
  published_precision VARCHAR NOT NULL,
  published_evidence VARCHAR NOT NULL,
  published_method VARCHAR NOT NULL,
  published_inferred BOOLEAN NOT NULL,
  declared_published VARCHAR,
  fetched VARCHAR,
  language VARCHAR NOT NULL,
  language_confidence DOUBLE NOT NULL,
  duplicate_of VARCHAR,
  removals JSON NOT NULL,
  warnings JSON NOT NULL,
  annotator VARCHAR NOT NULL,
  token_count INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  run_id BIGINT,
  UNIQUE (canonical_url, content_sha256),
  UNIQUE (canonical_url, version)
);

CREATE INDEX articles_by_url ON articles (canonical_url);
CREATE INDEX articles_by_content ON articles (content_sha256);

CREATE TABLE sentences (
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  parsed BOOLEAN NOT NULL,
  tokens JSON NOT NULL,
  dependencies JSON NOT NULL,
  PRIMARY KEY (article_id, idx)
);

-- idx keeps the annotator's order of mentions within the article.
CREATE TABLE entity_mentions (
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  sentence_idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  type VARCHAR NOT NULL
);

CREATE TABLE time_expressions (
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  sentence_idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  value VARCHAR,
  anchored BOOLEAN NOT NULL
);

CREATE SEQUENCE quarantine_ids START 1;

-- One row per distinct bad input: a re-run of the same input updates last_seen and times_seen.
CREATE TABLE quarantine (
  id BIGINT PRIMARY KEY DEFAULT nextval('quarantine_ids'),
  source_path VARCHAR NOT NULL,
  locator VARCHAR NOT NULL,
  byte_offset BIGINT NOT NULL,
  stage VARCHAR NOT NULL,
  severity VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
  reason VARCHAR NOT NULL,
  raw_sha256 VARCHAR NOT NULL,
  first_seen TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  times_seen INTEGER NOT NULL,
  last_run_id BIGINT,
  UNIQUE (source_path, locator, stage, reason, raw_sha256)
);
