// Limits of the spreadsheet import, checked before a file is read in full.

/** The largest file accepted. Below the 10 MB that Next buffers for proxy.ts, so an accepted upload is never cut short. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** The whole multipart request: the file and a few short fields. */
export const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;
/** Data rows (after the header) in one file. */
export const MAX_ROWS = 50_000;
/** An .xlsx is a zip: what its entries declare they unpack to, in total, and how many there may be. */
export const MAX_XLSX_UNPACKED_BYTES = 48 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 1000;
/** Problems and flags listed in one answer; the summary still counts them all. */
export const MAX_REPORTED = 1000;
/** Text quoted back in a problem (an unknown code, a bad number) is cut to this length. */
export const MAX_QUOTED_CHARS = 40;
/**
 * Columns of one row, counted up to its rightmost cell with a value. The import knows 14 (6 it
 * reads, 8 the template and export add for people); a wider row is refused as soon as it is read,
 * so that a sparse row reaching column XFD never becomes 16,384 cells.
 */
export const MAX_COLUMNS = 64;
/** Fields of one CSV record, empty ones included: a spreadsheet has no more columns than this (A to XFD). */
export const MAX_CSV_FIELDS = 16_384;
