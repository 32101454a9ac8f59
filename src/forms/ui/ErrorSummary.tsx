/**
 * The GOV.UK error-summary pattern: a box at the top of the form that takes focus after a failed
 * submit, lists every problem, and links each to its field. The same messages also show at the
 * fields.
 */
import type { Ref } from 'preact';

export interface SummaryItem {
  /** The id of the field's control (or fieldset) the link moves focus to. */
  target: string;
  message: string;
}

interface Props {
  title: string;
  items: SummaryItem[];
  summaryRef?: Ref<HTMLDivElement>;
}

/** Moves focus to the control and shows its label, not just the input (GOV.UK behaviour). */
function focusField(event: MouseEvent, target: string) {
  const control = document.getElementById(target);
  if (!control) return;
  event.preventDefault();
  const focusable = control.matches('fieldset') ? (control.querySelector('input') ?? control) : control;
  (focusable as HTMLElement).focus({ preventScroll: true });
  (control.closest('.ww-field') ?? control).scrollIntoView({ block: 'start' });
}

export function ErrorSummary({ title, items, summaryRef }: Props) {
  if (items.length === 0) return null;
  return (
    // Focus goes to the box, the alert role sits on its content (GOV.UK: one element with both
    // makes some screen readers race between announcing the alert and the focused element).
    <div class="ww-error-summary" ref={summaryRef} tabIndex={-1}>
      <div role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" class="ww-error-summary__title">
          {title}
        </h2>
        <ul class="ww-error-summary__list">
          {items.map((item) => (
            <li key={item.target}>
              <a
                href={`#${item.target}`}
                onClick={(e) => focusField(e as unknown as MouseEvent, item.target)}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
