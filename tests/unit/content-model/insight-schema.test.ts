/**
 * The insight model with drafts: a draft may have an empty insight and opportunity (an editor
 * writes them from the tips); a published insight may not; the page shows only published ones.
 */
import { describe, expect, it } from 'vitest';
import { insightSchema, publishedInsights } from '../../../src/content-model/insight-schema.ts';

const published = {
  theme: 'Bereikbaarheid',
  insight: 'De overheid bereiken is lastig voor nieuwkomers.',
  opportunity: 'Een helpdesk die je kunt bellen en chatten.',
  date: '2026-11-28',
};

describe('insight schema', () => {
  it('a file without status is published, as before', () => {
    expect(insightSchema.parse(published)).toMatchObject({ status: 'published', translation: 'source' });
  });

  it('a draft may leave insight and opportunity empty and carries its tips', () => {
    const draft = insightSchema.parse({
      status: 'draft',
      theme: 'Brieven',
      insight: '',
      opportunity: '',
      date: '2026-10-26',
      session: 'S-7K3Q-9P',
      tips: [{ text: 'Schrijf korte zinnen.', language: 'nl' }],
    });
    expect(draft.tips).toHaveLength(1);
  });

  it('a published insight needs both texts, and says which is missing', () => {
    const result = insightSchema.safeParse({ ...published, opportunity: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['opportunity', '"opportunity" is missing — write the golden tip for the partners'],
    ]);
    expect(insightSchema.safeParse({ ...published, status: 'final' }).success).toBe(false);
  });

  it('the page takes only published insights', () => {
    const entries = [
      { id: 'nl/a', data: insightSchema.parse(published) },
      { id: 'nl/b', data: insightSchema.parse({ ...published, status: 'draft' }) },
    ];
    expect(publishedInsights(entries).map((e) => e.id)).toEqual(['nl/a']);
  });
});
