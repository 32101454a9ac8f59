import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageSchema } from '../../../src/content-model/page-schema.ts';
import { glossarySchema } from '../../../src/content-model/glossary-schema.ts';
import { splitFrontmatter } from '../../../src/content-model/content-hash.ts';
import { pageIds } from '../../../src/content-model/page-files.ts';
import { pathToFileURL } from 'node:url';

const valid = {
  title: 'Wat is het PIP?',
  description: 'Uitleg over je persoonlijke plan.',
  section: 'steps',
  sources: [{ title: 'Divosa', url: 'https://www.divosa.nl/' }],
  lastChecked: '2026-11-28',
};

function messages(data: unknown): string[] {
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('page schema', () => {
  it('accepts a complete page and fills defaults', () => {
    const page = pageSchema.parse(valid);
    expect(page).toMatchObject({ order: 100, translation: 'source', unlisted: false });
    expect(page.lastChecked).toBeInstanceOf(Date);
  });

  it('tells an editor the field and what is expected', () => {
    expect(messages({ ...valid, section: 'geld' })).toEqual([
      expect.stringMatching(/^section: "section" must be one of: start, law/),
    ]);
    expect(messages({ ...valid, sources: [{ title: 'Divosa', url: 'http://divosa.nl' }] })).toEqual([
      expect.stringMatching(/^sources.0.url: .*https:\/\//),
    ]);
    expect(messages({ ...valid, lastChecked: 'gisteren' })).toEqual([
      expect.stringMatching(/^lastChecked: .*YYYY-MM-DD/),
    ]);
    expect(messages({ ...valid, title: undefined })).toEqual([
      expect.stringMatching(/^title: "title" is missing/),
    ]);
  });

  it('requires the source hash on translations', () => {
    expect(messages({ ...valid, translation: 'machine' })).toEqual([
      expect.stringMatching(/^sourceHash: .*npm run i18n:mark/),
    ]);
    expect(messages({ ...valid, translation: 'machine', sourceHash: 'abcdef012345' })).toEqual([]);
  });

  it('accepts every page and glossary file in content/', () => {
    const root = join(process.cwd(), 'content');
    for (const id of pageIds(pathToFileURL(`${join(root, 'pages')}/`))) {
      const { frontmatter } = splitFrontmatter(readFileSync(join(root, 'pages', `${id}.mdx`), 'utf8'));
      expect(messages(parse(frontmatter)), id).toEqual([]);
    }
    for (const file of readdirSync(join(root, 'glossary'))) {
      const result = glossarySchema.safeParse(parse(readFileSync(join(root, 'glossary', file), 'utf8')));
      expect(result.success, `glossary/${file}`).toBe(true);
    }
  });
});
