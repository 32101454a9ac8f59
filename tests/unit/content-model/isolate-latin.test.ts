/**
 * The Latin-run isolation as Astro's MDX processor (Sätteri) runs it: Arabic and Persian files get
 * <bdi> around Latin-script runs; other languages, existing <bdi>, code and elements with a dir
 * are left alone. The built pages are checked in tests/e2e/editing.test.ts.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isolateLatinInRtl, languageOfFile } from '../../../src/content-model/isolate-latin.ts';

const compile = async (lang: string, mdx: string) =>
  (
    await mdxToJs(mdx, {
      hastPlugins: [isolateLatinInRtl],
      fileURL: new URL(`file:///site/content/pages/${lang}/pip.mdx`),
    })
  ).code;

const MDX = [
  '## ما هي الخطة الشخصية (PIP)؟',
  '',
  'في <Term id="pip">خطة PIP</Term> و **IND** و <bdi>DUO</bdi> و `B1 code`.',
  '',
  '<span dir="ltr">Mijn Inburgering</span>',
].join('\n');

describe('isolating Latin-script runs in right-to-left MDX', () => {
  it('wraps each run in Arabic and Persian files, inside components and emphasis too', async () => {
    for (const lang of ['ar', 'fa']) {
      const code = await compile(lang, MDX);
      expect(code.match(/_components\.bdi, \{\s*children: "PIP"/g)).toHaveLength(2);
      expect(code).toMatch(/_components\.bdi, \{\s*children: "IND"/);
    }
  });

  it('leaves existing <bdi>, code and text with its own dir as they are', async () => {
    const code = await compile('ar', MDX);
    expect(code).not.toMatch(/bdi, \{\s*children: _jsx\(_components\.bdi/);
    expect(code).toContain('"B1 code"');
    expect(code).not.toMatch(/bdi, \{\s*children: "B1 code"/);
    expect(code).not.toMatch(/bdi, \{\s*children: "Mijn Inburgering"/);
  });

  it('does nothing in left-to-right languages', async () => {
    expect(await compile('nl', MDX)).not.toMatch(/bdi, \{\s*children: "PIP"/);
  });

  it('takes the language from the content folder only', () => {
    expect(languageOfFile('/site/content/pages/ar/pip.mdx')).toBe('ar');
    expect(languageOfFile('/site/content/checker/results/fa/oude-wet.mdx')).toBe('fa');
    expect(languageOfFile('/site/content/pages/xx/pip.mdx')).toBeUndefined();
    expect(languageOfFile('/site/src/pages/ar/pip.mdx')).toBeUndefined();
  });
});
