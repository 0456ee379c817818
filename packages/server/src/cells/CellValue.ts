/** One spreadsheet cell as read: CSV gives text; XLSX may give numbers, booleans and dates. */
export type SheetCell = string | number | boolean | Date | null;
