/**
 * The team's view of feedback on pages: the answers and reports as a list, and per page and
 * language how useful readers found it and what they said was wrong — newest first. Reports
 * about a bad translation also show in `npm run i18n:status`, beside that page and language.
 */
import { FEEDBACK_CATEGORIES } from '../../forms/feedback/schema.ts';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import type { Pool } from '../db/pool.ts';
import { TeamError } from './questions.ts';

export const FEEDBACK_COLUMNS = [
  'reference',
  'created_at',
  'page',
  'locale',
  'translation',
  'answer',
  'category',
  'text',
];

export interface FeedbackFilter {
  /** A page's path (/ar/pip/) or its slug in every language (pip, expertpool/inzichten). */
  page?: string;
  lang?: string;
  since?: Date;
}

/** The WHERE clause and its parameters for a filter. */
function where(filter: FeedbackFilter): { sql: string; params: unknown[] } {
  const { page, lang, since } = filter;
  if (lang !== undefined && !LOCALE_CODES.includes(lang))
    throw new TeamError(`Unknown language "${lang}". Use one of: ${LOCALE_CODES.join(', ')}.`);
  if (page !== undefined && !/^\/?[a-z0-9/-]+\/?$/.test(page))
    throw new TeamError(`--page needs a page address like /ar/pip/ or a slug like pip (got "${page}").`);
  const slug = page?.replace(/^\/|\/$/g, '');
  return {
    sql: `WHERE ($1::text IS NULL OR page = $1 OR page = '/' || split_part(page, '/', 2) || '/' || $2 || '/')
        AND ($3::text IS NULL OR locale = $3)
        AND ($4::timestamptz IS NULL OR created_at >= $4)`,
    params: [page?.startsWith('/') ? page : (page ?? null), slug ?? null, lang ?? null, since ?? null],
  };
}

export async function listFeedback(pool: Pool, filter: FeedbackFilter = {}) {
  const { sql, params } = where(filter);
  const { rows } = await pool.query(
    `SELECT ${FEEDBACK_COLUMNS.join(', ')} FROM feedback ${sql} ORDER BY created_at DESC, id DESC`,
    params,
  );
  return rows as Record<string, unknown>[];
}

export interface FeedbackSummaryRow {
  page: string;
  lang: string;
  yes: number;
  no: number;
  /** Share of yes among yes and no, in whole percent; null without answers. */
  useful: number | null;
  /** Reports per kind of problem. */
  problems: Record<string, number>;
  last: Date;
}

/** Per page and language: useful yes/no with the percentage, problems by kind; the page with the newest feedback first. */
export async function feedbackSummary(
  pool: Pool,
  filter: FeedbackFilter = {},
): Promise<FeedbackSummaryRow[]> {
  const { sql, params } = where(filter);
  const { rows } = await pool.query<{
    page: string;
    locale: string;
    yes: string;
    no: string;
    categories: Record<string, number> | null;
    last: Date;
  }>(
    `SELECT page, locale,
            count(*) FILTER (WHERE answer = 'yes') AS yes,
            count(*) FILTER (WHERE answer = 'no') AS no,
            (SELECT json_object_agg(category, n) FROM (
               SELECT category, count(*) AS n FROM feedback f2
                WHERE f2.page = f.page AND f2.locale = f.locale AND f2.category IS NOT NULL
                  AND ($4::timestamptz IS NULL OR f2.created_at >= $4)
                GROUP BY category) c) AS categories,
            max(created_at) AS last
       FROM feedback f ${sql}
      GROUP BY page, locale
      ORDER BY last DESC, page, locale`,
    params,
  );
  return rows.map((r) => {
    const yes = Number(r.yes);
    const no = Number(r.no);
    const problems = Object.fromEntries(FEEDBACK_CATEGORIES.map((c) => [c, Number(r.categories?.[c] ?? 0)]));
    return {
      page: r.page,
      lang: r.locale,
      yes,
      no,
      useful: yes + no > 0 ? Math.round((100 * yes) / (yes + no)) : null,
      problems,
      last: r.last,
    };
  });
}

/** Reports of a bad translation per page slug and language (for i18n:status): count and newest. */
export async function translationReports(pool: Pool): Promise<Map<string, { count: number; last: Date }>> {
  const { rows } = await pool.query<{ page: string; locale: string; count: string; last: Date }>(
    `SELECT page, locale, count(*) AS count, max(created_at) AS last
       FROM feedback WHERE category = 'translation'
      GROUP BY page, locale`,
  );
  const reports = new Map<string, { count: number; last: Date }>();
  for (const r of rows) {
    const key = `${r.locale}|${reportSlug(r.page)}`;
    const before = reports.get(key);
    reports.set(key, {
      count: (before?.count ?? 0) + Number(r.count),
      last: before && before.last > r.last ? before.last : r.last,
    });
  }
  return reports;
}

/**
 * The translation-status key of a page's path: /ar/pip/ → pip; a checker result
 * (/ar/wat-geldt-voor-mij/vragen/…/) has its own key, which the path does not name — it counts
 * under the checker (wat-geldt-voor-mij).
 */
export function reportSlug(path: string): string {
  const slug = path.split('/').filter(Boolean).slice(1).join('/');
  return slug.startsWith('wat-geldt-voor-mij/') ? 'wat-geldt-voor-mij' : slug || 'index';
}
