/**
 * A plain form's fields (see raw-values.ts) back in a view's shape: each value of `empty` is
 * replaced by what was sent for it, as its type — text, a checked box, a list. The honeypot is
 * never echoed back.
 */
export function plainValues<V extends object>(empty: V, raw: Record<string, unknown>): V {
  const values = { ...empty } as Record<string, unknown>;
  for (const [field, initial] of Object.entries(empty)) {
    const sent = raw[field];
    if (field === 'website' || sent === undefined) continue;
    if (typeof initial === 'boolean') values[field] = sent === true;
    else if (Array.isArray(initial))
      values[field] = Array.isArray(sent) ? sent.filter((v): v is string => typeof v === 'string') : [];
    else if (typeof sent === 'string' || typeof sent === 'number') values[field] = String(sent);
  }
  return values as V;
}
