/**
 * The content check: every file under content/ against every rule editors must follow — the
 * schemas, components and their props, glossary ids, internal links and anchors in every language,
 * dates (real, not in the future), the plain-language check, the translation rules and the facts.
 * `npm run check:content` prints the problems; the build (src/integrations/site-checks.ts) stops
 * with the same lines. Reads the files itself, before Astro does, so it names lines and columns.
 */
import Slugger from 'github-slugger';
import type { z } from 'astro/zod';
import { resolve as resolveChecker, treeProblems } from '../checker/tree.ts';
import { todayInNetherlands } from '../content-model/calendar-date.ts';
import {
  checkerResultSchema,
  checkerTextSchema,
  checkerTreeSchema,
} from '../content-model/checker-schema.ts';
import type { CheckerText, CheckerTree } from '../content-model/checker-schema.ts';
import { contentFiles, type ContentFile } from '../content-model/content-files.ts';
import { splitFrontmatter } from '../content-model/content-hash.ts';
import { contentTexts, factProblems } from '../content-model/fact-check.ts';
import { factFileSchema, type Fact } from '../content-model/fact-schema.ts';
import { indexFacts } from '../content-model/facts.ts';
import { glossarySchema } from '../content-model/glossary-schema.ts';
import { insightSchema } from '../content-model/insight-schema.ts';
import { pageSchema } from '../content-model/page-schema.ts';
import { sortProblems, type Problem } from '../content-model/problem.ts';
import { contentLanguageOf } from '../content-model/resolve.ts';
import { SECTIONS } from '../content-model/sections.ts';
import { settingsSchema } from '../content-model/settings-schema.ts';
import { uiSchema } from '../content-model/ui-schema.ts';
import type { Strings } from '../i18n/check-ui-keys.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { HOME_SLUG, ROUTES } from '../i18n/urls.ts';
import { linkProblems, type SiteLinks } from './links.ts';
import { MdxSyntaxError, readMdx, type MdxFile } from './mdx-tree.ts';
import { mdxProblems } from './mdx-rules.ts';
import { plainLanguageProblems } from './plain-language.ts';
import { schemaProblems } from './schema-problems.ts';
import { translationProblems, unknownIdProblems } from './translation-rules.ts';
import { uiProblems } from './ui-rules.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

export interface CheckOptions {
  /** The day dates may not be after (YYYY-MM-DD); today in the Netherlands when left out. */
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** How many files were checked. */
  files: number;
  /** What links may lead to: the pages and the anchors each reader finds on them. */
  site: SiteLinks;
}

interface Read {
  file: ContentFile;
  source: YamlSource;
  data: Record<string, unknown> | undefined;
}

interface ReadMdx extends Read {
  mdx: MdxFile | undefined;
}

const fieldsOf = (schema: z.ZodType) => Object.keys((schema as unknown as { shape?: object }).shape ?? {});
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ids a component renders on every page that uses it (links may point at them). */
const COMPONENT_IDS: Record<string, string[]> = {
  KeyPoints: ['in-het-kort'],
  DeadlineCalculator: ['reken-je-termijn-uit'],
};

export function checkContent(root: URL, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? todayInNetherlands();
  const files = contentFiles(new URL('content/', root));
  const problems: Problem[] = [];

  const readData = (file: ContentFile, text: string, firstLine: number, json = false): Read => {
    const source = readYaml(file.path, text, firstLine, json);
    problems.push(...source.problems);
    return { file, source, data: isRecord(source.data) ? source.data : undefined };
  };
  const validate = (read: Read, schema: z.ZodType, value: unknown = read.data) => {
    if (read.data === undefined && read.source.problems.length > 0) return false;
    const found = schemaProblems(read.file.path, schema, value, read.source, fieldsOf(schema));
    problems.push(...found);
    return found.length === 0;
  };
  const notAfterToday = (read: Read, path: (string | number)[], value: unknown) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
    if (/^\d{4}-\d{2}-\d{2}$/.test(text) && text > today)
      problems.push({
        file: read.file.path,
        ...read.source.positionOf(path),
        message: `"${String(path.at(-1))}": ${text} is in the future (today is ${today}) — write the day it was really checked`,
      });
  };

  // Pages and checker results: front matter, then the MDX.
  const texts: ReadMdx[] = files
    .filter((f) => f.kind === 'page' || f.kind === 'result')
    .map((file) => {
      const hasFront = /^---\r?\n/.test(file.text);
      const read = hasFront
        ? readData(file, splitFrontmatter(file.text).frontmatter, 2)
        : readData(file, '', 1);
      if (!hasFront)
        problems.push({
          file: file.path,
          line: 1,
          column: 1,
          message:
            'the file has no front matter — start it with a line "---", the fields, and "---" (copy the template in README.md)',
        });
      else if (read.data || read.source.problems.length === 0) {
        validate(read, file.kind === 'page' ? pageSchema : checkerResultSchema, read.data ?? {});
        notAfterToday(read, ['lastChecked'], read.data?.lastChecked);
      }
      let mdx: MdxFile | undefined;
      try {
        mdx = readMdx(file.text);
      } catch (error) {
        if (!(error instanceof MdxSyntaxError)) throw error;
        const line = file.text.split('\n')[error.at.line - 1] ?? '';
        const fact = /\{fact:([^}:]+)/.exec(line)?.[1];
        problems.push({
          file: file.path,
          ...error.at,
          message: fact
            ? `{fact:${fact}} is how YAML texts write a fact — in MDX write <Fact id="${fact}" />`
            : `MDX cannot read this: ${error.message} — check the tags on this line (every <Tag> needs </Tag>, or write <Tag />); for a plain < or { in the text write \\< or \\{`,
        });
      }
      return { ...read, mdx };
    });

  // Glossaries: the Dutch ids are the ones <Term id> may use and translations may translate.
  const glossaries = files
    .filter((f) => f.kind === 'glossary')
    .map((file) => {
      const read = readData(file, file.text, 1);
      validate(read, glossarySchema);
      return read;
    });
  const termIdsOf = (read: Read | undefined) =>
    ((read?.data?.terms as { id?: unknown }[] | undefined) ?? []).map((t) => String(t?.id ?? ''));
  const dutchGlossary = glossaries.find((g) => g.file.lang === SOURCE_LOCALE);
  const termIds = new Set(termIdsOf(dutchGlossary));
  for (const glossary of glossaries) {
    const ids = termIdsOf(glossary);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        problems.push({
          file: glossary.file.path,
          ...glossary.source.positionOf(['terms', i, 'id']),
          message: `the id "${id}" is in this glossary twice — keep one term per id`,
        });
    });
    if (glossary !== dutchGlossary && dutchGlossary?.data)
      problems.push(
        ...unknownIdProblems(
          glossary.file.path,
          ids.map((id, i) => ({ path: ['terms', i, 'id'], id, known: termIds.has(id) })),
          glossary.source,
          'the term',
          `content/glossary/${SOURCE_LOCALE}.yaml`,
        ),
      );
  }

  // Facts: each file against its schema, then every use of a fact in the texts.
  const factFiles = files
    .filter((f) => f.kind === 'fact')
    .map((file) => {
      const read = readData(file, file.text, 1);
      const valid = validate(read, factFileSchema);
      for (const [id, fact] of Object.entries(read.data ?? {}))
        if (isRecord(fact)) notAfterToday(read, [id, 'lastChecked'], fact.lastChecked);
      return { read, valid };
    });
  if (factFiles.every((f) => f.valid)) {
    try {
      const facts = indexFacts(
        factFiles.map(({ read }) => ({
          file: read.file.slug!,
          facts: factFileSchema.parse(read.data) as Record<string, Fact>,
        })),
      );
      problems.push(...factProblems(contentTexts(files), facts));
    } catch (error) {
      problems.push({ file: 'content/facts', line: 1, column: 1, message: (error as Error).message });
    }
  }

  // The checker: tree, texts per language, results.
  const treeFile = files.find((f) => f.kind === 'checker-tree');
  const tree = treeFile ? readData(treeFile, treeFile.text, 1) : undefined;
  const treeValid = tree ? validate(tree, checkerTreeSchema) : false;
  const checkerTexts = files
    .filter((f) => f.kind === 'checker-text')
    .map((file) => {
      const read = readData(file, file.text, 1);
      validate(read, checkerTextSchema);
      return read;
    });
  const dutchChecker = checkerTexts.find((t) => t.file.lang === SOURCE_LOCALE)?.data as
    CheckerText | undefined;
  for (const text of checkerTexts) {
    if (!dutchChecker || text.file.lang === SOURCE_LOCALE) continue;
    const questions = (text.data?.questions ?? {}) as Record<string, { answers?: Record<string, unknown> }>;
    const ids = Object.entries(questions).flatMap(([key, question]) => [
      { path: ['questions', key], id: key, known: key in dutchChecker.questions },
      ...Object.keys(question?.answers ?? {}).map((answer) => ({
        path: ['questions', key, 'answers', answer],
        id: `${key}: ${answer}`,
        known: answer in (dutchChecker.questions[key]?.answers ?? {}),
      })),
    ]);
    problems.push(
      ...unknownIdProblems(
        text.file.path,
        ids,
        text.source,
        'the question',
        `content/checker/${SOURCE_LOCALE}.yaml`,
      ),
    );
  }
  const dutchResults = texts
    .filter((t) => t.file.kind === 'result' && t.file.lang === SOURCE_LOCALE)
    .map((t) => t.file.slug!);
  if (tree && treeValid && dutchChecker)
    for (const line of treeProblems(tree.data as CheckerTree, dutchChecker, dutchResults)) {
      const [file, ...rest] = line.split(': ');
      const node = /node "([^"]+)"/.exec(line)?.[1];
      const at =
        file === tree.file.path && node ? tree.source.keyPositionOf(['nodes', node]) : { line: 1, column: 1 };
      problems.push({
        file: file!,
        ...at,
        message: `${rest.join(': ').replace(/\.$/, '')} — fix the tree or the texts`,
      });
    }

  // Insights and settings.
  const insights = files
    .filter((f) => f.kind === 'insight')
    .map((file) => {
      const read = readData(file, file.text, 1);
      if (validate(read, insightSchema)) notAfterToday(read, ['date'], read.data?.date);
      return read;
    });
  for (const insight of insights)
    if (!insights.some((i) => i.file.lang === SOURCE_LOCALE && i.file.slug === insight.file.slug))
      problems.push({
        file: insight.file.path,
        line: 1,
        column: 1,
        message: `there is no Dutch content/insights/${SOURCE_LOCALE}/${insight.file.slug}.yaml, so no reader sees this — a translation keeps the Dutch file name`,
      });
  for (const file of files.filter((f) => f.kind === 'settings'))
    validate(readData(file, file.text, 1), settingsSchema);

  // Interface strings.
  problems.push(
    ...uiProblems(
      files
        .filter((f) => f.kind === 'ui')
        .map((file) => {
          const read = readData(file, file.text, 1, true);
          const valid = read.data !== undefined && validate(read, uiSchema);
          return {
            lang: file.lang!,
            path: file.path,
            strings: valid ? (read.data as Strings) : undefined,
            source: read.source,
          };
        }),
    ),
  );

  // Pages per language: in a language of the site, and a home page for every language.
  const has = (kind: ContentFile['kind'], lang: string, slug: string) =>
    texts.some((t) => t.file.kind === kind && t.file.lang === lang && t.file.slug === slug);
  for (const text of texts)
    if (!LOCALE_CODES.includes(text.file.lang!))
      problems.push({
        file: text.file.path,
        line: 1,
        column: 1,
        message: `"${text.file.lang}" is not a language of the site — move the file to the folder of a language in src/i18n/locales.ts`,
      });
  for (const code of LOCALE_CODES)
    if (!has('page', code, HOME_SLUG))
      problems.push({
        file: `content/pages/${code}/${HOME_SLUG}.mdx`,
        line: 1,
        column: 1,
        message: `"${code}" has no home page, so its readers would meet another language first — create it with npm run i18n:new -- ${code} ${HOME_SLUG}, then translate it`,
      });

  // Translations, the plain-language check of the Dutch texts, components and terms.
  for (const text of texts) {
    if (!LOCALE_CODES.includes(text.file.lang!)) continue;
    const dutch = texts.find(
      (t) =>
        t.file.kind === text.file.kind && t.file.lang === SOURCE_LOCALE && t.file.slug === text.file.slug,
    )?.file;
    if (text.data) problems.push(...translationProblems({ ...text, data: text.data, dutch }));
    if (!text.mdx) continue;
    problems.push(...mdxProblems(text.file.path, text.mdx, termIds));
    if (text.file.lang === SOURCE_LOCALE && text.data)
      problems.push(...plainLanguageProblems(text.file.path, text.file.text, text.data, text.mdx.bodyStart));
  }

  // Links: every reader of a text (its own language and those it is the fallback of).
  const slugs = new Set(
    texts.filter((t) => t.file.kind === 'page' && t.file.lang === SOURCE_LOCALE).map((t) => t.file.slug!),
  );
  const anchorCache = new Map<string, Set<string>>();
  const insightSlugs = insights.filter((i) => i.file.lang === SOURCE_LOCALE).map((i) => i.file.slug!);
  const anchorsOfText = (text: ReadMdx | undefined): Set<string> => {
    const key = text?.file.path ?? '';
    const cached = anchorCache.get(key);
    if (cached) return cached;
    const ids = new Set(['main']);
    const slugger = new Slugger();
    for (const heading of text?.mdx?.headings ?? []) ids.add(slugger.slug(heading.text));
    for (const element of text?.mdx?.elements ?? []) {
      for (const id of COMPONENT_IDS[element.name] ?? []) ids.add(id);
      if (element.name === 'Glossary') termIds.forEach((id) => ids.add(id));
      if (element.name === 'Insights') insightSlugs.forEach((id) => ids.add(id));
    }
    if (text?.file.kind === 'page' && text.file.slug === HOME_SLUG) {
      ids.add('alle-onderwerpen');
      for (const section of SECTIONS)
        if (
          texts.some(
            (t) =>
              t.file.kind === 'page' &&
              t.data?.section === section &&
              t.file.slug !== HOME_SLUG &&
              !t.data?.unlisted,
          )
        )
          ids.add(section);
    }
    anchorCache.set(key, ids);
    return ids;
  };
  const shownText = (kind: ContentFile['kind'], lang: string, slug: string) => {
    const from = contentLanguageOf(lang, (code) => has(kind, code, slug));
    return texts.find((t) => t.file.kind === kind && t.file.lang === from && t.file.slug === slug);
  };
  const treeData = treeValid ? (tree!.data as CheckerTree) : undefined;
  const checkerPrefix = `${ROUTES.checker}/vragen/`;
  const site: SiteLinks = {
    locales: LOCALE_CODES,
    slugs,
    otherPaths: new Set(['/', `/${ROUTES.translationStatus}/`]),
    anchorsOf: (lang, slug) => anchorsOfText(shownText('page', lang, slug)),
    isCheckerPath: (rest) =>
      rest.startsWith(checkerPrefix) && treeData !== undefined
        ? resolveChecker(treeData, rest.slice(checkerPrefix.length).split('/')) !== null
        : false,
  };
  for (const text of texts) {
    if (!text.mdx || !LOCALE_CODES.includes(text.file.lang!)) continue;
    const { kind, lang, slug } = text.file;
    const readers = LOCALE_CODES.filter(
      (reader) => contentLanguageOf(reader, (code) => has(kind, code, slug!)) === lang,
    );
    problems.push(
      ...linkProblems(text.file.path, text.mdx.links, readers, kind === 'page' ? slug : undefined, site),
    );
  }

  return { problems: sortProblems(problems), files: files.length, site };
}
