-- Annals store, schema version 3: each event's own date, as its sentence gives it.
-- date_start/date_end: inclusive days; NULL when the sentence gives no date (precision 'unknown':
-- the article's published_date is then only an upper bound, never the event's date).
-- date_precision: day, week, month, year or unknown.
-- date_evidence: the words the date was read from; date_evidence_char_*: their offsets in the
-- clean text (half-open UTF-16). Events stored before version 3 get precision 'unknown'.
-- DuckDB alters no table that has indexes: drop them, add the columns, index again.

DROP INDEX IF EXISTS events_by_article;
DROP INDEX IF EXISTS events_by_source;
DROP INDEX IF EXISTS events_by_target;

ALTER TABLE events ADD COLUMN date_start DATE;
ALTER TABLE events ADD COLUMN date_end DATE;
ALTER TABLE events ADD COLUMN date_precision VARCHAR NOT NULL DEFAULT 'unknown';
ALTER TABLE events ADD COLUMN date_evidence VARCHAR;
ALTER TABLE events ADD COLUMN date_evidence_char_start INTEGER;
ALTER TABLE events ADD COLUMN date_evidence_char_end INTEGER;

CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_date ON events (date_start, date_end);
