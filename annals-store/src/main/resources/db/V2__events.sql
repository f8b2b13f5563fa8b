-- Annals store, schema version 2: coded events.
-- One row per event as coded from one sentence of one article (a "mention" of a real event;
-- merging mentions into real events comes later and will reference these rows by id).
-- Offsets: char_* into the clean text, raw_* into the raw text, half-open UTF-16.

CREATE TABLE events (
  id VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  codebook VARCHAR NOT NULL,
  coder VARCHAR NOT NULL,
  cameo_code VARCHAR NOT NULL,
  cameo_name VARCHAR NOT NULL,
  cameo_root VARCHAR NOT NULL,
  goldstein DOUBLE NOT NULL,
  quad_class INTEGER NOT NULL,
  plover_event VARCHAR NOT NULL,
  plover_mode VARCHAR NOT NULL,
  plover_context JSON NOT NULL,
  source_code VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL,
  source_text VARCHAR NOT NULL,
  source_country VARCHAR,
  source_sector VARCHAR,
  source_resolution VARCHAR NOT NULL,
  source_char_start INTEGER NOT NULL,
  source_char_end INTEGER NOT NULL,
  target_code VARCHAR,
  target_name VARCHAR,
  target_text VARCHAR,
  target_country VARCHAR,
  target_sector VARCHAR,
  target_resolution VARCHAR,
  target_char_start INTEGER,
  target_char_end INTEGER,
  reported_speech BOOLEAN NOT NULL,
  negated BOOLEAN NOT NULL,
  hypothetical BOOLEAN NOT NULL,
  confidence DOUBLE NOT NULL,
  sentence_idx INTEGER NOT NULL,
  sentence_char_start INTEGER NOT NULL,
  sentence_char_end INTEGER NOT NULL,
  sentence_raw_start INTEGER NOT NULL,
  sentence_raw_end INTEGER NOT NULL,
  trigger_char_start INTEGER NOT NULL,
  trigger_char_end INTEGER NOT NULL,
  trigger_raw_start INTEGER NOT NULL,
  trigger_raw_end INTEGER NOT NULL,
  pattern VARCHAR NOT NULL,
  UNIQUE (article_id, idx)
);

CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
