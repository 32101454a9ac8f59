/**
 * A plain form's fields as values in one shape, for the server (URL-encoded bodies) and the island
 * (text typed before it started): repeated fields as arrays, checkboxes as booleans, the rest as
 * the one string sent.
 */
export interface FormShape {
  /** All accepted field names. */
  fields: readonly string[];
  /** Fields that may repeat (checkbox groups); they come out as arrays. */
  arrays?: readonly string[];
  /** Checkboxes: present → true, absent → false. */
  booleans?: readonly string[];
}

export interface FieldSource {
  keys(): Iterable<string>;
  getAll(name: string): Array<string | File>;
}

export function rawValues(source: FieldSource, shape: FormShape): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(source.keys())) {
    const all = source.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = shape.arrays?.includes(key) ? all : all[0];
  }
  for (const key of shape.arrays ?? []) values[key] ??= [];
  for (const key of shape.booleans ?? []) values[key] = values[key] !== undefined && values[key] !== '';
  return values;
}
