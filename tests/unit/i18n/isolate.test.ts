import { describe, expect, it } from 'vitest';
import { latinRuns, needsIsolation } from '../../../src/i18n/isolate.ts';
import { rehypeIsolateLatin } from '../../../src/content-model/rehype-isolate-latin.ts';

describe('isolating Latin runs in right-to-left text', () => {
  it('finds terms, references and amounts with Latin letters; leaves plain numbers and Arabic alone', () => {
    expect(
      latinRuns('الخطة الشخصية (PIP) في Mijn Inburgering')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['PIP', 'Mijn Inburgering']);
    expect(
      latinRuns('المستوى B1 بعد 3 سنوات')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['B1']);
    expect(
      latinRuns('اكتب naam@voorbeeld.nl هنا')
        .filter((s) => s.latin)
        .map((s) => s.text),
    ).toEqual(['naam@voorbeeld.nl']);
    expect(latinRuns('منذ 2022').every((s) => !s.latin)).toBe(true);
    expect(needsIsolation('Alleen Nederlands')).toBe(false);
    expect(needsIsolation('برنامه PIP')).toBe(true);
  });

  it('wraps them in <bdi> in Arabic and Persian pages only, not inside existing <bdi> or code', () => {
    const tree = () => ({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: 'ما هي الخطة (PIP)؟' }],
        },
        { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: 'بـ DUO' }] },
      ],
    });
    const ar = tree();
    rehypeIsolateLatin()(ar, { path: '/x/content/pages/ar/pip.mdx' });
    expect(JSON.stringify(ar)).toContain(
      '{"type":"element","tagName":"bdi","properties":{},"children":[{"type":"text","value":"PIP"}]}',
    );
    expect(JSON.stringify(ar)).toContain('"value":"بـ DUO"');
    const nl = tree();
    rehypeIsolateLatin()(nl, { path: '/x/content/pages/nl/pip.mdx' });
    expect(nl).toEqual(tree());
  });
});
