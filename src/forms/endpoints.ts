/** Paths of the form endpoints (functions/*.ts use the same constants in their config). */
export const QUESTIONS_ENDPOINT = '/api/questions';
export const SIGNUP_ENDPOINT = '/api/expert-signups';
