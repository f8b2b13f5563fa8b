-- Annals store, schema version 5: one real event, many reports; near-duplicate articles; stories.
--
-- events.merged_id: the real event a mention (a row of events: one event as coded from one
-- sentence) reports. A real event's id is the id of its first mention, so it never changes as
-- reports arrive. NULL: not resolved yet (the next ingest resolves it).
-- merge_links: one row per resolved mention: which event it joined, the member it matched best,
-- the score and the evidence (explain()), and its merge features, so later mentions can be
-- compared without re-reading articles. 'superseded': the report is in an article a newer
-- version of which was stored; it no longer counts. The representative mention of an event (most precise
-- date, a place from its own clause, highest confidence) gives the event's fields in listings.
-- merge_overrides: a user's decisions, which automatic merging respects from then on: 'split'
-- keeps a mention out of an event, 'join' puts it in one.
-- article_features: per article, its MinHash signature, the earlier article it nearly copies,
-- its copy group (copies count as one source), its story, and its terms for story clustering.
-- article_bands: MinHash band hashes, to find near-duplicate candidates by lookup.
-- term_df: in how many articles each term occurs (IDF for stories).
-- stories: story state; ids are never renumbered.
-- DuckDB alters no table that has indexes: drop them, add the column, index again.

DROP INDEX IF EXISTS events_by_article;
DROP INDEX IF EXISTS events_by_source;
DROP INDEX IF EXISTS events_by_target;
DROP INDEX IF EXISTS events_by_date;

ALTER TABLE events ADD COLUMN merged_id VARCHAR;

CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_date ON events (date_start, date_end);

CREATE TABLE merge_links (
  mention_id VARCHAR PRIMARY KEY,
  merged_id VARCHAR NOT NULL,
  matched_id VARCHAR,
  score DOUBLE,
  evidence VARCHAR NOT NULL,
  method VARCHAR NOT NULL
    CHECK (method IN ('founded', 'merged', 'unasserted', 'split', 'joined', 'superseded')),
  representative BOOLEAN NOT NULL,
  copy_group VARCHAR NOT NULL,
  trigger_lemma VARCHAR NOT NULL,
  terms JSON NOT NULL,
  numbers JSON NOT NULL,
  decided_at TIMESTAMP NOT NULL
);

CREATE TABLE merge_overrides (
  mention_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL CHECK (kind IN ('split', 'join')),
  merged_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (mention_id, kind, merged_id)
);

CREATE TABLE article_features (
  article_id VARCHAR PRIMARY KEY,
  minhash BLOB NOT NULL,
  copy_of VARCHAR,
  copy_similarity DOUBLE,
  copy_group VARCHAR NOT NULL,
  story_id VARCHAR,
  story_similarity DOUBLE,
  terms JSON NOT NULL,
  labels JSON NOT NULL,
  resolved_at TIMESTAMP NOT NULL
);

CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  hash BIGINT NOT NULL,
  article_id VARCHAR NOT NULL
);

CREATE INDEX article_bands_by_hash ON article_bands (band, hash);

CREATE TABLE term_df (
  term VARCHAR PRIMARY KEY,
  df BIGINT NOT NULL
);

CREATE SEQUENCE story_numbers START 1;

CREATE TABLE stories (
  id VARCHAR PRIMARY KEY,
  title VARCHAR NOT NULL,
  centroid JSON NOT NULL,
  labels JSON NOT NULL,
  articles INTEGER NOT NULL,
  first_date DATE,
  last_date DATE,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

-- candidate_actors: named people and organisations that acted in an event but are not in the
-- actor dictionaries, one row per name and event side, with the country and sector their title
-- or name suggests; users review them (annals actors --candidates) and promote or reject them
-- (actor_reviews, by the name's key: folded case and accents).
CREATE TABLE candidate_actors (
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  name_key VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  ner_type VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR,
  likely_code VARCHAR,
  cue VARCHAR,
  side VARCHAR NOT NULL,
  event_code VARCHAR NOT NULL,
  counterpart VARCHAR,
  coded_as VARCHAR,
  sentence_idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE actor_reviews (
  name_key VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL CHECK (status IN ('promoted', 'rejected')),
  code VARCHAR,
  entry VARCHAR,
  reviewed_at TIMESTAMP NOT NULL
);
