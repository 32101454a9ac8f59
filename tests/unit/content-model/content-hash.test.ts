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
