import { describe, expect, it } from 'vitest';
import { isMunicipalityCode } from '../../../../src/forms/municipalities.ts';
import { signupSchema } from '../../../../src/forms/signup/schema.ts';
import { cleanLanguages } from '../../../../src/forms/signup/to-record.ts';
import { validate } from '../../../../src/forms/validation.ts';
import { validSignup } from '../../../../support/requests.ts';

const check = (over: Record<string, unknown>) => {
  const result = validate(signupSchema, { ...validSignup, ...over }, { isMunicipalityCode });
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('sign-up schema, field by field', () => {
  it('accepts a complete sign-up', () => {
    expect(check({})).toEqual([]);
  });

  it('name and email are required; email must look like one; phone is optional but valid', () => {
    expect(check({ name: ' ' })).toEqual(['name:required']);
    expect(check({ email: '' })).toEqual(['email:required']);
    expect(check({ email: 'geen mail' })).toEqual(['email:email']);
    expect(check({ phone: '' })).toEqual([]);
    expect(check({ phone: '+31 6 12345678' })).toEqual([]);
    expect(check({ phone: 'bel me' })).toEqual(['phone:phone']);
  });

  it('municipality is required and from the official list', () => {
    expect(check({ municipality: '' })).toEqual(['municipality:required']);
    expect(check({ municipality: 'GM0000' })).toEqual(['municipality:choose']);
  });

  it('arrival year: four digits or a number, from 1940 to this year', () => {
    expect(check({ arrivalYear: '2019' })).toEqual([]);
    expect(check({ arrivalYear: 2019 })).toEqual([]);
    expect(check({ arrivalYear: '' })).toEqual(['arrivalYear:required']);
    expect(check({ arrivalYear: '19' })).toEqual(['arrivalYear:year']);
    expect(check({ arrivalYear: 1939 })).toEqual(['arrivalYear:year']);
    expect(check({ arrivalYear: new Date().getFullYear() + 1 })).toEqual(['arrivalYear:year']);
  });

  it('languages: at least one, listed or typed; arrays only', () => {
    expect(check({ languages: [] })).toEqual(['languages:chooseSome']);
    expect(check({ languages: ['', ' '] })).toEqual(['languages:chooseSome']);
    expect(check({ languages: ['Bilen'] })).toEqual([]);
    expect(check({ languages: 'ar' })).toEqual(['languages:type']);
    expect(check({ languages: ['x'.repeat(61)] })).toEqual(['languages:tooLong']);
    expect(cleanLanguages(['ar', ' ar ', '', 'Bilen'])).toEqual(['ar', 'Bilen']);
  });

  it('experience and availability: at least one known choice; "none" stands alone', () => {
    expect(check({ experience: [] })).toEqual(['experience:chooseSome']);
    expect(check({ experience: ['none', 'new_law'] })).toEqual(['experience:noneAlone']);
    expect(check({ experience: ['expert'] })).toEqual(['experience:choose']);
    expect(check({ availability: [] })).toEqual(['availability:chooseSome']);
    expect(check({ availability: ['online', 'nights'] })).toEqual(['availability:choose']);
  });

  it('adult and consent must be confirmed', () => {
    expect(check({ adult: false })).toEqual(['adult:adult']);
    expect(check({ consent: false })).toEqual(['consent:consent']);
    expect(check({ adult: 'yes' })).toEqual(['adult:type']);
  });
});
