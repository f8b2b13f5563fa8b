-- Annals store, schema version 4: each event's place, as its clause or its article gives it.
-- place_id: the gazetteer's id (geonames:3646738, country:VE, water:caribbean-sea); NULL when the
-- article names no place the gazetteer knows. place_precision: city, admin2, admin1, country,
-- region or water. place_basis: clause (named in the event's own clause) or article_focus (the
-- article's dateline or most named place). place_char_*: the naming words' offsets in the clean
-- text (half-open UTF-16). Events stored before version 4 have no place.
-- DuckDB alters no table that has indexes: drop them, add the columns, index again.

DROP INDEX IF EXISTS events_by_article;
DROP INDEX IF EXISTS events_by_source;
DROP INDEX IF EXISTS events_by_target;
DROP INDEX IF EXISTS events_by_date;

ALTER TABLE events ADD COLUMN place_id VARCHAR;
ALTER TABLE events ADD COLUMN place_name VARCHAR;
ALTER TABLE events ADD COLUMN place_text VARCHAR;
ALTER TABLE events ADD COLUMN place_lat DOUBLE;
ALTER TABLE events ADD COLUMN place_lon DOUBLE;
ALTER TABLE events ADD COLUMN place_country VARCHAR;
ALTER TABLE events ADD COLUMN place_precision VARCHAR;
ALTER TABLE events ADD COLUMN place_basis VARCHAR;
ALTER TABLE events ADD COLUMN place_char_start INTEGER;
ALTER TABLE events ADD COLUMN place_char_end INTEGER;
ALTER TABLE events ADD COLUMN place_confidence DOUBLE;

CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_date ON events (date_start, date_end);
