/**
 * CSV for a spreadsheet (RFC 4180: CRLF lines, quotes doubled), hand-written: a few lines, where a
 * library would bring streaming and parsing the export does not need. A cell is quoted when it
 * must be; objects are written as JSON.
 */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV: a header of every key any row has, then one line per row. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [columns.join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))].join("\r\n") + "\r\n";
}
