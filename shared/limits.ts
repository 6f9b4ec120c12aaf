/**
 * Length limits shared by the IPC contract, the assessment file format and the forms. A module of
 * its own so that none of them imports another just for a number.
 */

/** Characters in a note, summary, description, success measure or reason. */
export const TEXT_LIMIT = 10_000;
/** Characters in a name, role, title, contact or ICB. */
export const NAME_LIMIT = 200;
/** Practices in one PCN. */
export const PRACTICE_LIMIT = 100;
