import { describe, expect, it } from 'vitest';
import { contentHash, withSourceHash } from '../../../src/content-model/content-hash.ts';

const page = (over: { title?: string; checked?: string; body?: string } = {}) =>
  `---\ntitle: ${over.title ?? 'Boetes'}\ndescription: Over boetes.\nlastChecked: ${over.checked ?? '2026-01-01'}\n---\n\n${over.body ?? 'Je krijgt een brief.'}\n`;

describe('content hash', () => {
  it('changes when the text a translator translates changes', () => {
    expect(contentHash(page())).not.toBe(contentHash(page({ body: 'Je krijgt twee brieven.' })));
    expect(contentHash(page())).not.toBe(contentHash(page({ title: 'Een boete' })));
  });

  it('ignores a new check date, line endings and trailing spaces', () => {
    expect(contentHash(page())).toBe(contentHash(page({ checked: '2026-11-28' })));
    expect(contentHash(page())).toBe(contentHash(page().replace(/\n/g, '\r\n')));
    expect(contentHash(page())).toBe(contentHash(page({ body: 'Je krijgt een brief.   ' })));
    expect(contentHash(page())).toMatch(/^[0-9a-f]{12}$/);
  });

  it('ignores whitespace-only changes: wrapped lines, blank lines, indentation, spaces inside the title', () => {
    const body = 'Je krijgt een brief.\n\nDaarin staat de datum.';
    const base = contentHash(page({ body }));
    expect(contentHash(page({ body: 'Je krijgt\neen brief.\n\n\n\nDaarin  staat de datum.' }))).toBe(base);
    expect(contentHash(page({ body: '  Je krijgt een brief.\n\n\tDaarin staat de datum.\n\n' }))).toBe(base);
    expect(contentHash(page({ body, title: 'Boetes ' }))).toBe(base);
    expect(contentHash(page({ body: 'Je krijgt een brief. Daarin staat de datum.' }))).not.toBe(
      contentHash(page({ body: 'Je krijgt een brief. Daarin staat geen datum.' })),
    );
  });

  it('ignores front-matter changes other than the translated title and description', () => {
    const full = (front: string) => `---\n${front}\n---\n\nJe krijgt een brief.\n`;
    const base = contentHash(
      full('title: Boetes\ndescription: Over boetes.\nsection: money\norder: 10\nlastChecked: 2026-01-01'),
    );
    expect(
      contentHash(
        full(
          'description: "Over boetes."\ntitle: \'Boetes\'\nsection: steps\norder: 20\nlastChecked: 2026-11-28\nsources:\n  - title: Inburgeren.nl\n    url: https://www.inburgeren.nl/',
        ),
      ),
    ).toBe(base);
    expect(contentHash(full('title: Boetes\ndescription: Over de boetes.'))).not.toBe(base);
  });

  it('quotes the hash so YAML keeps a hash of digits as text', () => {
    expect(withSourceHash(page(), '012345678901')).toContain('sourceHash: "012345678901"');
  });

  it('sets or replaces sourceHash in the front matter only', () => {
    const once = withSourceHash(page(), 'aaaaaaaaaaaa');
    expect(once).toContain('sourceHash: "aaaaaaaaaaaa"\n---');
    const twice = withSourceHash(once, 'bbbbbbbbbbbb');
    expect(twice.match(/sourceHash/g)).toHaveLength(1);
    expect(twice).toContain('sourceHash: "bbbbbbbbbbbb"');
    expect(twice.endsWith('Je krijgt een brief.\n')).toBe(true);
  });
});
