/**
 * Runs a form schema and returns every problem as { field, code, params } in field order, the
 * shape both the island and the function turn into messages.
 */
import { ValidationError, type AnyObject, type ObjectSchema } from 'yup';

export interface FieldError {
  field: string;
  code: string;
  params: Record<string, number>;
}

export function fieldErrors(error: ValidationError, order: readonly string[]): FieldError[] {
  const seen = new Set<string>();
  const list: FieldError[] = [];
  const inner = error.inner.length > 0 ? error.inner : [error];
  for (const e of inner) {
    const field = (e.path ?? '').replace(/\[\d+\]$/, '');
    if (!field || seen.has(field)) continue;
    seen.add(field);
    const params: Record<string, number> = {};
    for (const key of ['min', 'max'] as const)
      if (typeof e.params?.[key] === 'number') params[key] = e.params[key] as number;
    list.push({ field, code: String(e.message), params });
  }
  return list.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/**
 * Validates; returns the typed values (a field that was not sent has its default: '', false, [])
 * or the list of field errors in the order of the form.
 */
export function validate<T extends AnyObject>(
  schema: ObjectSchema<T>,
  input: unknown,
  context: object = {},
): { ok: true; values: T } | { ok: false; errors: FieldError[] } {
  try {
    const valid = schema.validateSync(input, { abortEarly: false, stripUnknown: false, context }) as T;
    return { ok: true, values: { ...(schema.getDefault() as T), ...valid } };
  } catch (error) {
    if (error instanceof ValidationError)
      return { ok: false, errors: fieldErrors(error, Object.keys(schema.fields)) };
    throw error;
  }
}

/** The interface-string keys for an error, most specific first. */
export function errorKeys(form: string, error: Pick<FieldError, 'field' | 'code'>): string[] {
  return [`${form}.${error.field}.${error.code}`, `form.error.${error.code}`];
}
