import type { Migration } from './migration.ts';

/**
 * v4: survey answers of a data set as chunks of three new columns ('surveyCustomer',
 * 'surveyDay', 'surveyScore') in the existing chunks table (its compound key takes any
 * column name), counted by a new optional `surveyCount` on the data set record (not indexed).
 * Data sets stored before have no such field and read as having no surveys. Nothing to move;
 * the bump keeps an older release (which would drop the surveys on an append) from opening the database.
 */
export const surveysMigration: Migration = {
  version: 4,
  stores: {},
};
