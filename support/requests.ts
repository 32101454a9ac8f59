/** Building requests to the form endpoints the way browsers and API clients send them. */
export const ORIGIN = 'https://wegwijzer.test';

export function jsonRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Sec-Fetch-Site': 'same-origin',
      Origin: ORIGIN,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formRequest(
  path: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Request {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(key, v);
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    // What a browser sends for a same-origin form under Referrer-Policy: no-referrer.
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      Origin: 'null',
      ...headers,
    },
    body: params.toString(),
  });
}

export const validQuestion = {
  question: 'Moet ik betalen voor mijn lessen als statushouder?',
  channel: 'email',
  contact: 'amal@example.org',
  name: 'Amal',
  municipality: 'GM0363',
  answerLanguage: 'ar',
  consent: true,
  locale: 'nl',
  website: '',
};

/** The same question as a plain HTML form sends it (checkbox value "yes"). */
export function questionFields(over: Record<string, string> = {}): Record<string, string> {
  const { consent, ...rest } = validQuestion;
  void consent;
  return { ...rest, consent: 'yes', ...over };
}

export const validSignup = {
  name: 'Selam Tesfay',
  email: 'selam@example.org',
  phone: '',
  municipality: 'GM0014',
  arrivalYear: '2016',
  languages: ['ti', 'nl'],
  experience: ['old_law', 'helping_others'],
  availability: ['online', 'evenings'],
  heardFrom: '',
  adult: true,
  consent: true,
  locale: 'ti',
  website: '',
};

/** The same sign-up as a plain HTML form sends it (checkboxes repeat their field). */
export function signupFields(
  over: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  const { adult, consent, ...rest } = validSignup;
  void adult;
  void consent;
  return { ...rest, adult: 'yes', consent: 'yes', ...over };
}
