/**
 * What happened to the submission, announced to screen readers: sending (status), sent, a
 * restored draft, or — as an alert — not sent (offline, failed, too many tries). The typed text
 * always stays in the form.
 */
export type Status =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'restored' }
  | { kind: 'offline' }
  | { kind: 'failed' }
  | { kind: 'rateLimited' };

interface Props {
  status: Status;
  t: (key: string) => string;
}

const PROBLEMS = new Set(['offline', 'failed', 'rateLimited']);

export function SubmitStatus({ status, t }: Props) {
  const problem = PROBLEMS.has(status.kind);
  return (
    <>
      <div class="ww-status" role="status" aria-live="polite">
        {!problem && status.kind !== 'idle' && (
          <p class="ww-status__message">{t(`form.status.${status.kind}`)}</p>
        )}
      </div>
      <div role="alert">
        {problem && (
          <div class="utrecht-alert utrecht-alert--warning ww-status__problem" data-status={status.kind}>
            <p>{t(`form.status.${status.kind}`)}</p>
          </div>
        )}
      </div>
    </>
  );
}
