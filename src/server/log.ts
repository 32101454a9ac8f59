/**
 * Logging for the functions: one JSON line per event, with references, statuses and timings only.
 * Never pass submitted values here — no names, contact details, questions or e-mail addresses.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const consoleLogger: Logger = {
  info: (event, fields = {}) => console.log(JSON.stringify({ level: 'info', event, ...fields })),
  error: (event, fields = {}) => console.error(JSON.stringify({ level: 'error', event, ...fields })),
};

/** What may be logged about a database or mail error: its code, never its message (which can quote values). */
export function errorFields(error: unknown): LogFields {
  const e = error as { code?: unknown; constraint?: unknown; name?: unknown };
  return {
    errorName: typeof e?.name === 'string' ? e.name : 'unknown',
    errorCode: typeof e?.code === 'string' ? e.code : undefined,
    constraint: typeof e?.constraint === 'string' ? e.constraint : undefined,
  };
}
