import { describe, expect, it } from 'vitest';
import {
  indexHtml,
  isIndexed,
  slugOf,
  termWords,
  titleAndLead,
} from '../../../src/integrations/search-records.ts';

const page = (lang: string, contentLang: string) =>
  `<html lang="${lang}"><body data-template="explainer"><header><form class="ww-search"></form></header>` +
  `<article class="ww-article" data-content-lang="${contentLang}"><h1>Wat is het <bdi>PIP</bdi>?</h1>` +
  `<p class="ww-lead">Je plan.</p><p>Tekst</p></article><div class="ww-feedback"></div></body></html>`;

describe('what Pagefind indexes of a built page', () => {
  it('content pages in their own language; not fallbacks, the home page, checker results or the search page', () => {
    expect(isIndexed(page('ar', 'ar'), 'explainer')).toBe(true);
    expect(isIndexed(page('ar', 'en'), 'explainer')).toBe(false);
    for (const template of ['home', 'checker-result', 'checker-question', 'search', '404'])
      expect(isIndexed(page('nl', 'nl'), template), template).toBe(false);
  });

  it('the article as the body, the lead as description, extra words as metadata outside the body', () => {
    const html = indexHtml(page('ar', 'ar'), {
      keywords: ['moet ik inburgeren'],
      dutch: ['Wat is het PIP?'],
      terms: ['PIP', '<script>'],
    });
    expect(html).toContain('<article data-pagefind-body class="ww-article"');
    expect(html).toContain('<p data-pagefind-meta="description" class="ww-lead">');
    expect(html).toContain('</article><p data-pagefind-meta="keywords">moet ik inburgeren</p>');
    expect(html).toContain('<p data-pagefind-meta="dutch">Wat is het PIP?</p>');
    expect(html).toContain('<p data-pagefind-meta="terms">PIP · &#60;script&#62;</p>');
    expect(indexHtml(page('nl', 'nl'), { keywords: [], dutch: [], terms: [] })).not.toMatch(
      /keywords|dutch|terms/,
    );
  });

  it('the Dutch title and lead, the slug, the glossary words a page is about', () => {
    expect(titleAndLead(page('nl', 'nl'))).toEqual(['Wat is het PIP?', 'Je plan.']);
    expect(slugOf('/ar/expertpool/inzichten/')).toBe('expertpool/inzichten');
    const own = [{ id: 'pip', term: 'الخطة الشخصية', dutch: 'PIP', aliases: ['خطتك'] }];
    const dutch = [
      { id: 'pip', term: 'PIP', dutch: 'persoonlijk plan' },
      { id: 'boete', term: 'boete', dutch: 'boete', aliases: ['boetes'] },
    ];
    expect(termWords('pip', false, own, dutch)).toEqual([
      'الخطة الشخصية',
      'PIP',
      'خطتك',
      'PIP',
      'persoonlijk plan',
    ]);
    expect(termWords('begrippen', true, own, dutch)).toContain('boetes');
    expect(termWords('examens', false, own, dutch)).toEqual([]);
  });
});
