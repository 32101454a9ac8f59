/**
 * A mail to a person, in that person's language, from interface strings (content/ui/<lang>.json):
 * a subject, a plain-text part and a simple HTML part. Every value is escaped in the HTML (the
 * translation is escaped as a whole, values included), values are isolated from the surrounding
 * text direction (<bdi> in HTML, FSI…PDI in plain text), and Arabic and Persian mails are
 * right-to-left (`dir` on the document and its wrapper, which some mail programs keep when they
 * drop <html>). Sending is mailer.ts's job.
 *
 *   renderMail('ar', {
 *     subject: 'confirm.mail.subject',
 *     blocks: [
 *       { paragraph: 'confirm.mail.intro', values: { reference } },
 *       { link: 'confirm.mail.button', href },
 *       { details: [{ label: 'confirm.mail.validUntil', value: date }] },
 *     ],
 *   });
 */
import { getLocale, isLocale, SOURCE_LOCALE } from '../../i18n/locales.ts';
import { escapeHtml } from '../../lib/html.ts';
import { serverTranslate } from '../i18n.ts';
import { headerSafe } from './header-safe.ts';

export type MailValues = Record<string, string | number>;

export type MailBlock =
  /** A paragraph: an interface-string key and the values it names ({{reference}}). */
  | { paragraph: string; values?: MailValues }
  /** A link as its own paragraph: the label's key and the address (written out in the text part). */
  | { link: string; href: string; values?: MailValues }
  /** Label–value lines (a date, a place): label keys, values as they are. */
  | { details: ReadonlyArray<{ label: string; value: string }> };

export interface MailTemplate {
  subject: string;
  values?: MailValues;
  blocks: readonly MailBlock[];
}

export interface RenderedMail {
  /** The language the mail is written in (a known locale; Dutch for anything else). */
  locale: string;
  /** One line, without control characters (header-safe). */
  subject: string;
  text: string;
  html: string;
}

// Private-use characters mark where a value goes, so the translation can be escaped as a whole
// and the (separately escaped) value put in afterwards.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const FSI = '\u2068';
const PDI = '\u2069';

interface Translated {
  text: string;
  html: string;
}

function translator(lang: string) {
  const t = serverTranslate(lang);
  // In plain text only right-to-left mails need the (invisible) isolates around values.
  const isolate = getLocale(lang).dir === 'rtl' ? (v: string) => `${FSI}${v}${PDI}` : (v: string) => v;
  const translate = (key: string, values: MailValues = {}): Translated => {
    // `count` stays a number: i18next picks the plural form from it.
    const names = Object.keys(values).filter((name) => name !== 'count');
    const marked = t(key, {
      ...values,
      ...Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`])),
    });
    const fill = (escape: (value: string) => string, source: string) =>
      source.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, i: string) =>
        escape(String(values[names[Number(i)]!])),
      );
    return {
      text: fill(isolate, marked),
      html: fill((v) => `<bdi>${escapeHtml(v)}</bdi>`, escapeHtml(marked)),
    };
  };
  return { translate, isolate };
}

const HTML_STYLE = 'font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;max-width:36em';

export function renderMail(locale: string, template: MailTemplate): RenderedMail {
  const lang = isLocale(locale) ? locale : SOURCE_LOCALE;
  const { dir } = getLocale(lang);
  const { translate, isolate } = translator(lang);
  const subject = headerSafe(
    translate(template.subject, template.values).text.replace(/[\u2068\u2069]/g, ''),
  );
  const text: string[] = [];
  const html: string[] = [];
  for (const block of template.blocks) {
    if ('paragraph' in block) {
      const part = translate(block.paragraph, block.values);
      text.push(part.text);
      html.push(`<p>${part.html}</p>`);
    } else if ('link' in block) {
      const label = translate(block.link, block.values);
      text.push(`${label.text}:\n${block.href}`);
      html.push(`<p><a href="${escapeHtml(block.href)}">${label.html}</a></p>`);
      html.push(`<p dir="ltr" style="word-break:break-all">${escapeHtml(block.href)}</p>`);
    } else {
      const rows = block.details.map((d) => ({ label: translate(d.label), value: d.value }));
      text.push(rows.map((r) => `${r.label.text}: ${isolate(r.value)}`).join('\n'));
      html.push(
        `<table role="presentation">${rows
          .map(
            (r) =>
              `<tr><th scope="row" style="text-align:start">${r.label.html}</th><td><bdi>${escapeHtml(r.value)}</bdi></td></tr>`,
          )
          .join('')}</table>`,
      );
    }
  }
  return {
    locale: lang,
    subject,
    text: `${text.join('\n\n')}\n`,
    html: `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body><div lang="${lang}" dir="${dir}" style="${HTML_STYLE}">
${html.join('\n')}
</div></body>
</html>
`,
  };
}
