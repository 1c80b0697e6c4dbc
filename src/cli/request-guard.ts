/** The longest request path serve answers; longer ones are no page newsdesk writes. */
export const MAX_PATH_LENGTH = 2_048;

/**
 * Why serve must answer `url` (a request's target) with 400 instead of handing it to Eleventy's dev server, or
 * undefined when it may pass. The dev server decodes the path after joining it to the output folder and throws
 * (uncaught, ending the process) on bad percent-encoding or on a path that leaves the folder (`/..%2f..%2fetc`).
 */
export function malformedRequest(url: string): string | undefined {
  if (url.length > MAX_PATH_LENGTH) return `the address is longer than ${MAX_PATH_LENGTH} characters`;
  if (!url.startsWith("/")) return "the address must start with /";
  const path = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "the address has a malformed %-escape";
  }
  if (decoded.includes("\0")) return "the address holds a NUL character";
  if (decoded.split(/[/\\]/).includes("..")) return "the address climbs out of the site with '..'";
  return undefined;
}
