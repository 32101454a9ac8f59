/**
 * Keeps what the person typed in sessionStorage until the form is sent (then it is removed), and
 * keeps one Idempotency-Key per body: resending the same text reuses the key, so the server can
 * tell a retry from a new submission.
 */
interface Stored<V> {
  values?: V;
  key?: string;
  keyBody?: string;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: the form still works, only the draft is not kept
  }
}

function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class Draft<V> {
  private readonly storageKey: string;

  constructor(form: string) {
    this.storageKey = `wegwijzer:draft:${form}`;
  }

  private read(): Stored<V> {
    try {
      return JSON.parse(storage()?.getItem(this.storageKey) ?? '{}') as Stored<V>;
    } catch {
      return {};
    }
  }

  private write(data: Stored<V>): void {
    try {
      storage()?.setItem(this.storageKey, JSON.stringify(data));
    } catch {
      // full or blocked storage: nothing to do
    }
  }

  values(): V | undefined {
    return this.read().values;
  }

  save(values: V): void {
    this.write({ ...this.read(), values });
  }

  /** The key for this exact body: the stored one if the body is unchanged, else a new one. */
  idempotencyKey(body: string): string {
    const stored = this.read();
    if (stored.key && stored.keyBody === body) return stored.key;
    const key = randomKey();
    this.write({ ...stored, key, keyBody: body });
    return key;
  }

  clear(): void {
    storage()?.removeItem(this.storageKey);
  }
}
