import { CONTENT_SECURITY_POLICY } from "../seo/headers.ts";
import type { BuiltSite, VerifyProblem } from "./verify-site.ts";

/** The headers _headers gives every path under the prefix (its "PREFIX*" block), by lowercased name. */
export function headersForAll(text: string, pathPrefix: string): Map<string, string> {
  const headers = new Map<string, string>();
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === `${pathPrefix}*`;
      continue;
    }
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (inBlock && match) headers.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return headers;
}

/** _headers gives every page newsdesk's Content-Security-Policy. */
export function checkHeaderPolicy(site: BuiltSite, pathPrefix: string): VerifyProblem[] {
  const fix = "rebuild the site with newsdesk build and publish _headers with it";
  if (!site.files.has("_headers")) return [{ check: "csp", file: "_headers", message: `is missing, so hosts that read it send no Content-Security-Policy; ${fix}` }];
  const policy = headersForAll(site.read("_headers"), pathPrefix).get("content-security-policy");
  if (policy === undefined) {
    return [{ check: "csp", file: "_headers", message: `gives ${pathPrefix}* no Content-Security-Policy; ${fix}` }];
  }
  if (policy !== CONTENT_SECURITY_POLICY) {
    return [{ check: "csp", file: "_headers", message: `its Content-Security-Policy is not newsdesk's (${CONTENT_SECURITY_POLICY}); ${fix}` }];
  }
  return [];
}
