import { describe, expect, it } from 'vitest';
import { isMunicipalityCode } from '../../../../src/forms/municipalities.ts';
import { questionSchema } from '../../../../src/forms/question/schema.ts';
import { validate } from '../../../../src/forms/validation.ts';
import { validQuestion } from '../../../../support/requests.ts';

const check = (over: Record<string, unknown>, context: object = { isMunicipalityCode }) => {
  const result = validate(questionSchema, { ...validQuestion, ...over }, context);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('question schema, field by field', () => {
  it('accepts a complete question', () => {
    expect(check({})).toEqual([]);
  });

  it('question: required, 10 to 2,000 characters (trimmed for the minimum), storable text only', () => {
    expect(check({ question: '' })).toEqual(['question:required']);
    expect(check({ question: '          ' })).toEqual(['question:required']);
    expect(check({ question: '  kort  ' })).toEqual(['question:tooShort']);
    expect(check({ question: 'a'.repeat(10) })).toEqual([]);
    expect(check({ question: 'a'.repeat(2000) })).toEqual([]);
    expect(check({ question: 'a'.repeat(2001) })).toEqual(['question:tooLong']);
    expect(check({ question: 'nul\u0000teken hier' })).toEqual(['question:storable']);
    expect(check({ question: 'half \ud800 surrogaat' })).toEqual(['question:storable']);
    expect(check({ question: 1234567890123 })).toEqual(['question:type']);
  });

  it('channel: one of email, phone, whatsapp', () => {
    expect(check({ channel: '' })).toEqual(['channel:required']);
    expect(check({ channel: 'fax' })).toEqual(['channel:choose']);
    expect(check({ channel: 'phone', contact: '0612345678' })).toEqual([]);
  });

  it('contact: an e-mail address or a Dutch or international phone number, to match the channel', () => {
    expect(check({ contact: '' })).toEqual(['contact:required']);
    expect(check({ contact: 'amal@' })).toEqual(['contact:email']);
    expect(check({ channel: 'email', contact: '06 12345678' })).toEqual(['contact:email']);
    for (const phone of [
      '06 12345678',
      '06-12345678',
      '+31 6 12345678',
      '0031612345678',
      '020 123 4567',
      '+249 912 345 678',
    ]) {
      expect(check({ channel: 'whatsapp', contact: phone }), phone).toEqual([]);
    }
    for (const phone of ['12345', '+31', '06 1234', 'bel me'])
      expect(check({ channel: 'phone', contact: phone }), phone).toEqual(['contact:phone']);
  });

  it('name: optional, at most 100 characters', () => {
    expect(check({ name: '' })).toEqual([]);
    expect(check({ name: undefined })).toEqual([]);
    expect(check({ name: 'n'.repeat(101) })).toEqual(['name:tooLong']);
  });

  it('municipality: optional; a CBS code from the official list', () => {
    expect(check({ municipality: '' })).toEqual([]);
    expect(check({ municipality: 'GM0599' })).toEqual([]);
    expect(check({ municipality: 'GM9999' })).toEqual(['municipality:choose']);
    expect(check({ municipality: 'Rotterdam' })).toEqual(['municipality:choose']);
    // The browser has no list: the format is checked, the server checks the list.
    expect(check({ municipality: 'GM9999' }, {})).toEqual([]);
  });

  it('answerLanguage and locale: a language of the site', () => {
    expect(check({ answerLanguage: 'ti', locale: 'fa' })).toEqual([]);
    expect(check({ answerLanguage: 'de' })).toEqual(['answerLanguage:choose']);
    expect(check({ locale: 'xx' })).toEqual(['locale:choose']);
  });

  it('consent: must be given (true), a boolean', () => {
    expect(check({ consent: false })).toEqual(['consent:consent']);
    expect(check({ consent: 'yes' })).toEqual(['consent:type']);
  });

  it('reports errors in the order of the form', () => {
    expect(check({ consent: false, question: '', channel: '' })).toEqual([
      'question:required',
      'channel:required',
      'consent:consent',
    ]);
  });
});
