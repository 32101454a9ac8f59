/**
 * The content check's rules one by one, on small texts: positions from 1, list items counted as
 * people count them, and a suggestion where one exists.
 */
import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../../src/content-model/calendar-date.ts';
import { pageSchema } from '../../../src/content-model/page-schema.ts';
import { linkProblems, type SiteLinks } from '../../../src/content-check/links.ts';
import { mdxProblems } from '../../../src/content-check/mdx-rules.ts';
import { readMdx } from '../../../src/content-check/mdx-tree.ts';
import { humanPath, schemaProblems } from '../../../src/content-check/schema-problems.ts';
import { readYaml } from '../../../src/content-check/yaml-source.ts';
import { uiProblems } from '../../../src/content-check/ui-rules.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../../../src/i18n/locales.ts';
import { ENGLISH } from '../../../src/i18n/untranslated.ts';

const FILE = 'content/pages/nl/x.mdx';
const lines = (problems: { line: number; column: number; message: string }[]) =>
  problems.map((p) => `${p.line}:${p.column}  ${p.message}`);

describe('YAML with positions', () => {
  it('says to quote a title with a colon, at the line of the title', () => {
    const source = readYaml(FILE, 'section: law\ntitle: Werk: wat mag je?\n', 2);
    expect(lines(source.problems)).toEqual([
      '3:1  the title contains ": ", which YAML reads as the start of something else — put the title in quotes: title: "Werk: wat mag je?"',
    ]);
  });

  it('finds the line and column of a value, list items included', () => {
    const source = readYaml(
      FILE,
      'title: x\nsources:\n  - title: a\n    url: b\n  - title: c\n    url: d\n',
      2,
    );
    expect(source.positionOf(['sources', 1, 'url'])).toEqual({ line: 7, column: 10 });
    expect(source.keyPositionOf(['title'])).toEqual({ line: 2, column: 1 });
  });
});

describe('schema problems', () => {
  it('count list items from 1 and name the field once', () => {
    expect(humanPath(['sources', 2, 'url'])).toBe('sources 3 url');
    const text =
      'title: Boetes\ndescription: Over de boetes die je kunt krijgen.\nsection: money\nsources:\n  - title: Een bron\n    url: www.x.nl\nlastChecked: 2026-01-01\nsectoin: law\n';
    const source = readYaml(FILE, text, 2);
    const found = lines(schemaProblems(FILE, pageSchema, source.data, source, Object.keys(pageSchema.shape)));
    expect(found).toContain(
      '7:10  sources 1: the "url" must be a full address that starts with https:// — copy it from the browser\'s address bar',
    );
    expect(found).toContain('9:1  there is no field "sectoin" — did you mean "section"?');
  });
});

describe('dates', () => {
  it('must be days of the calendar', () => {
    expect(calendarProblem('2026-02-28')).toBeUndefined();
    expect(calendarProblem('2028-02-29')).toBeUndefined();
    expect(calendarProblem('2026-02-30')).toBe(
      '2026-02-30 is not in the calendar: February 2026 has 28 days',
    );
    expect(calendarProblem('2026-13-01')).toBe('2026-13-01 has no month 13');
    expect(calendarProblem('1-1-2026')).toBe('1-1-2026 is not written as YYYY-MM-DD');
  });
});

describe('components in MDX', () => {
  const check = (mdx: string) => lines(mdxProblems(FILE, readMdx(mdx), new Set(['bijstand', 'pip'])));

  it('name the line of a wrong component, prop or value with what to write instead', () => {
    expect(check('Tekst.\n\n<Calout>\nx\n</Calout>\n')).toEqual([
      '3:1  <Calout> is not a component — did you mean <Callout>? Components need no import line; they are listed in README.md ("Components")',
    ]);
    expect(check('<Callout tpye="tip">\nx\n</Callout>\n')).toEqual([
      '1:10  <Callout> has no "tpye" — did you mean type="…"?',
    ]);
    expect(check('<Callout type="let op">\nx\n</Callout>\n')[0]).toContain('did you mean type="warning"?');
    expect(check('Je krijgt <Term id="bijstnd">bijstand</Term>.')).toEqual([
      '1:17  <Term id="bijstnd">: no glossary term "bijstnd" — did you mean "bijstand"? The terms are in content/glossary/nl.yaml; add it there first',
    ]);
    expect(check('<Term>PIP</Term>')[0]).toBe('1:1  <Term> needs id="…" — e.g. <Term id="…">');
    expect(check('<Glossary title="x" />')[0]).toContain('<Glossary> takes no title');
  });

  it('allow HTML that Markdown lacks, refuse lower-case components, imports and code', () => {
    expect(check('Het <bdi>PIP</bdi> en <strong>dit</strong>.')).toEqual([]);
    expect(check('<callout>x</callout>')[0]).toContain('did you mean <Callout>?');
    expect(check('import X from "y"\n\nTekst.')[0]).toMatch(/^1:1 {2}import and export lines are not needed/);
    expect(check('Een {1 + 1} hier.')[0]).toContain('for a fact write <Fact id="…" />');
    expect(check('{/* een opmerking */}\n\nTekst.')).toEqual([]);
  });
});

describe('links', () => {
  const site: SiteLinks = {
    locales: LOCALE_CODES,
    slugs: new Set(['index', 'pip', 'boetes']),
    otherPaths: new Set(['/']),
    anchorsOf: (lang, slug) =>
      new Set(lang === SOURCE_LOCALE && slug === 'pip' ? ['wat-is-het-pip'] : ['main']),
    isCheckerPath: () => false,
  };
  const check = (url: string, readers: string[] = [SOURCE_LOCALE]) =>
    linkProblems(FILE, [{ url, at: { line: 4, column: 2 } }], readers, 'pip', site).map((p) => p.message);

  it('lead to a page of the site, in a language, with a closing slash', () => {
    expect(check('/nl/pip/')).toEqual([]);
    expect(check('/ar/')).toEqual([]);
    expect(check('https://www.inburgeren.nl/')).toEqual([]);
    expect(check('/nl/boete/')).toEqual([
      'the link "/nl/boete/" leads to no page of the site — did you mean /nl/boetes/?',
    ]);
    expect(check('/pip/')).toEqual(['the link "/pip/" has no language — write /nl/pip/']);
    expect(check('/nl/pip')).toEqual(['the link "/nl/pip" must end with a slash — write /nl/pip/']);
    expect(check('pip/')[0]).toContain('is relative');
  });

  it('to a heading that every reader finds on the page in their language', () => {
    expect(check('/nl/pip/#wat-is-het-pip')).toEqual([]);
    expect(check('#wat-is-het-pip')).toEqual([]);
    const other = LOCALE_CODES.find((c) => c !== SOURCE_LOCALE)!;
    expect(check('/nl/pip/#wat-is-het-pip', [SOURCE_LOCALE, other])[0]).toContain(
      `leads to no "#wat-is-het-pip" on /${other}/pip/ (for readers in ${other})`,
    );
  });
});

describe('interface strings', () => {
  const file = (lang: string, strings: Record<string, string>) => ({
    lang,
    path: `content/ui/${lang}.json`,
    strings,
    source: readYaml(`content/ui/${lang}.json`, JSON.stringify(strings, null, 2), 1, true),
  });
  const names = { 'language.nl': 'Nederlands', 'language.en': 'Engels' };
  const nl = { ...names, 'nav.home': 'Start', 'site.name': 'Wegwijzer Inburgering' };
  const en = { ...names, 'nav.home': 'Home', 'site.name': 'Wegwijzer Inburgering' };

  it('name a missing key, a key the Dutch lacks, and strings left in English', () => {
    const others = LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE && c !== ENGLISH);
    const [copied, short] = others as [string, string];
    const files = [
      file(SOURCE_LOCALE, nl),
      file(ENGLISH, en),
      file(copied, { ...en, 'nav.hom': 'x' }),
      file(short, { ...names, 'site.name': 'Wegwijzer Inburgering' }),
      ...others.slice(2).map((c) => file(c, { ...names, 'nav.home': 'x', 'site.name': 'y' })),
    ];
    const found = uiProblems(files).map((p) => `${p.file}:${p.line}  ${p.message}`);
    expect(found).toContain(
      `content/ui/${short}.json:1  lacks 1: nav.home — add it, translated (content/ui/nl.json has every key)`,
    );
    expect(found).toContain(
      `content/ui/${copied}.json:6  "nav.hom" is not a key of content/ui/nl.json, so it is never shown — did you mean "nav.home"?`,
    );
    expect(found.find((f) => f.startsWith(`content/ui/${copied}.json:2 `))).toContain(
      '3 interface strings are the same as in English, so not translated: language.en, language.nl, nav.home',
    );
  });

  it('ask for a file for every language', () => {
    expect(uiProblems([file(SOURCE_LOCALE, nl)]).map((p) => p.file)).toEqual(
      LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE).map((c) => `content/ui/${c}.json`),
    );
  });
});
