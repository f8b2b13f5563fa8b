/**
 * Export formats over real events ({@link org.annals.store.ArticleStore#forEachRealEvent}): the
 * GDELT 2.0 Event and Mentions tables ({@link org.annals.store.export.Gdelt}), flat tables for CSV
 * and Parquet ({@link org.annals.store.export.EventTable}, {@link org.annals.store.export.Csv},
 * {@link org.annals.store.export.ParquetExport}). The {@code annals export} command wires them
 * together; PLOVER JSON lines are built in {@code annals-cli} from the event record.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Column lists are contracts: {@link org.annals.store.export.Gdelt#EVENT_COLUMNS} is GDELT's
 *       order (tests pin it); the flat tables' names follow docs/events.md. Extend at the end,
 *       never rename.
 *   <li>A real event's fields are its representative mention's; its counts and first URL are over
 *       all its mentions. An undated event has no date: only GDELT's {@code Day} may fall back to
 *       the earliest publication date ({@link org.annals.store.export.Gdelt.Undated}).
 *   <li>GDELT geo country codes are FIPS 10-4; ours are ISO 3166-1 alpha-2 (see the README).
 * </ul>
 */
package org.annals.store.export;
