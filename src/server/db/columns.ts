/**
 * A record as SQL: each key a column (answerLanguage → answer_language), each value a parameter.
 * Records come from src/forms/<id>/to-record.ts, so adding a field there and a column in a
 * migration is all a store needs. Keys are code, never input; they are checked all the same.
 */
export interface Columns {
  /** Column names, in the record's order. */
  names: string[];
  /** $1, $2, … for the values. */
  placeholders: string[];
  values: unknown[];
}

export function columnName(key: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(key)) throw new Error(`"${key}" cannot be a column name.`);
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function columnsOf(record: Record<string, unknown>): Columns {
  const keys = Object.keys(record);
  return {
    names: keys.map(columnName),
    placeholders: keys.map((_, i) => `$${i + 1}`),
    values: keys.map((k) => record[k]),
  };
}
