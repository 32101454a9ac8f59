/**
 * Navigation sections, in the order they appear on the home page and in the footer.
 * Each has an interface string `section.<id>` for its name in every language.
 */
export const SECTIONS = ['start', 'law', 'steps', 'money', 'help', 'site'] as const;
export type Section = (typeof SECTIONS)[number];
