import { describe, expect, it } from 'vitest';
import { feedbackSchema } from '../../../../src/forms/feedback/schema.ts';
import { FEEDBACK_FORM } from '../../../../src/forms/feedback/form.ts';
import { toFeedbackRecord } from '../../../../src/forms/feedback/to-record.ts';
import { thanksLocation } from '../../../../src/forms/definition.ts';
import { validate } from '../../../../src/forms/validation.ts';

const useful = { page: '/ar/pip/', translation: 'machine', answer: 'yes', locale: 'ar', website: '' };
const report = { ...useful, answer: '', category: 'translation', text: 'De vertaling klopt niet.' };
const check = (over: Record<string, unknown>, base: Record<string, unknown> = useful) => {
  const result = validate(feedbackSchema, { ...base, ...over });
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('feedback schema, field by field', () => {
  it('accepts a yes/no answer, and a report', () => {
    expect(check({})).toEqual([]);
    expect(check({}, report)).toEqual([]);
  });

  it('page: a path of the site in one of its languages, nothing else', () => {
    for (const page of ['/nl/', '/ti/pip/', '/fa/wat-geldt-voor-mij/vragen/eu/', '/nl/expertpool/inzichten/'])
      expect(check({ page }), page).toEqual([]);
    for (const page of ['', '/xx/pip/', 'https://evil.example/nl/', '//evil.example/', '/nl/pip', '/nl/<b>/'])
      expect(check({ page }), page).toEqual(['page:invalid']);
    expect(check({ page: `/nl/${'a'.repeat(200)}/` })).toEqual(['page:invalid']);
  });

  it('translation: the page status at the time, required', () => {
    for (const translation of ['source', 'reviewed', 'machine', 'outdated', 'fallback'])
      expect(check({ translation })).toEqual([]);
    expect(check({ translation: '' })).toEqual(['translation:required']);
    expect(check({ translation: 'perfect' })).toEqual(['translation:choose']);
  });

  it('answer and category: one of the list; a report needs its kind when there is no answer', () => {
    expect(check({ answer: 'no' })).toEqual([]);
    expect(check({ answer: 'maybe' })).toEqual(['answer:choose']);
    expect(check({ category: '' }, report)).toEqual(['category:required']);
    for (const category of ['wrong-fact', 'unclear', 'translation', 'missing', 'other'])
      expect(check({ category }, report)).toEqual([]);
    expect(check({ category: 'spam' }, report)).toEqual(['category:choose']);
  });

  it('text: optional, at most 1,000 characters, storable', () => {
    expect(check({ text: '' }, report)).toEqual([]);
    expect(check({ text: 'x'.repeat(1000) }, report)).toEqual([]);
    expect(check({ text: 'x'.repeat(1001) }, report)).toEqual(['text:tooLong']);
    expect(check({ text: 'nul\u0000' }, report)).toEqual(['text:storable']);
  });

  it('stores the page, its language and status, the answer or kind and the text — empty ones as null', () => {
    const valid = validate(feedbackSchema, report);
    if (!valid.ok) throw new Error('invalid');
    expect(toFeedbackRecord(valid.values, { suspect: false })).toEqual({
      page: '/ar/pip/',
      locale: 'ar',
      translation: 'machine',
      answer: null,
      category: 'translation',
      text: 'De vertaling klopt niet.',
      status: 'new',
    });
  });

  it('sends the reader back to the page, at its thank-you note; to the home page when the page is not one of the site', () => {
    expect(thanksLocation(FEEDBACK_FORM, 'ar', useful, 'F-2345-6A')).toBe('/ar/pip/#feedback-bedankt');
    expect(thanksLocation(FEEDBACK_FORM, 'ar', { page: '//evil.example/' }, 'F-2345-6A')).toBe(
      '/ar/#feedback-bedankt',
    );
  });
});
