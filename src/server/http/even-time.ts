/**
 * Answers that must not tell anything by their timing (an invitation's link: known, unknown,
 * expired or cancelled) take at least a fixed time: the work runs, then the answer waits for the
 * rest. The floor is well above what the work takes, so every kind of answer arrives at about the
 * same moment (tests/integration/server/invitation-page.test.ts measures the spread).
 */
export const EVEN_TIME_MS = 60;

export function evenTime(
  handle: (request: Request) => Promise<Response>,
  minimumMs = EVEN_TIME_MS,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    const response = await handle(request);
    const left = minimumMs - (performance.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    return response;
  };
}
