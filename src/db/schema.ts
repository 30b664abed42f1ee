import type { ColumnType } from 'kysely';

/**
 * The database's table types for Kysely. Each module declares the tables it owns in its
 * `<module>.tables.ts` and adds them to `DB` by declaration merging, so a new table touches only
 * its module's folder. Keep each in step with the migration that creates it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface DB {}

/** A timestamp the application may set and change. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp set once, on insert (usually by the database's default). */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** 'YYYY-MM-DD' */
export type DateString = string;
