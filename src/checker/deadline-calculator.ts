/**
 * The 3-year integration term from a PIP date (fact sheet 40–41): it starts the day after the PIP
 * date and runs 3 years; extra time can usually be requested from 2.5 years after the start.
 * Pure date arithmetic here; the browser part below fills in the calculator on result pages.
 */
import { formatDate } from '../i18n/format.ts';

export interface Term {
  start: Date;
  end: Date;
  extraTimeFrom: Date;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(date.getUTCDate(), last));
  return d;
}

/** The term for a PIP date given as YYYY-MM-DD, or null when it is not a real date. */
export function termFromPipDate(value: string): Term | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const pip = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (pip.getUTCMonth() !== Number(match[2]) - 1) return null;
  const start = new Date(pip.getTime() + 86_400_000);
  const end = new Date(addMonths(start, 36).getTime() - 86_400_000);
  return { start, end, extraTimeFrom: addMonths(start, 30) };
}

/** What the calculator says about a term, dates written as the pages write them (src/i18n/format.ts). */
export function termLines(term: Term, lang: string, messages: Record<string, string>): string[] {
  const fill = (template: string | undefined, date: Date) =>
    (template ?? '').replace('{{date}}', formatDate(date, lang));
  return [fill(messages.end, term.end), fill(messages.extra, term.extraTimeFrom)];
}

export function enhanceDeadlineCalculators(root: Document = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-deadline-calculator]')) {
    const form = section.querySelector('form')!;
    const out = section.querySelector<HTMLElement>('.ww-calc__out')!;
    const lang = section.dataset.lang ?? 'nl';
    const messages = JSON.parse(section.dataset.messages ?? '{}') as Record<string, string>;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const term = termFromPipDate((form.elements.namedItem('pip') as HTMLInputElement).value);
      out.replaceChildren();
      const lines = term ? termLines(term, lang, messages) : [messages.invalid ?? ''];
      for (const line of lines) {
        const p = document.createElement('p');
        p.textContent = line;
        out.append(p);
      }
    });
    section.hidden = false;
  }
}
