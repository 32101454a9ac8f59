/**
 * Page states that only exist after an action (a form's error state, a checker result) and that
 * pa11y-ci must check too. Filled in as the forms arrive.
 */
export function extraPa11yUrls(_origin: string): Array<string | { url: string; actions: string[] }> {
  return [];
}
