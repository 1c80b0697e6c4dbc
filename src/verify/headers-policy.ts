import { expectedPolicy } from "../seo/headers.ts";
import type { BuiltSite, VerifyProblem } from "./built-site.ts";

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

const FIX = "rebuild the site with newsdesk build and publish _headers with it";

/** _headers gives every page newsdesk's Content-Security-Policy. */
export function checkHeaderPolicy(site: BuiltSite, pathPrefix: string): VerifyProblem[] {
  const problem = (message: string): VerifyProblem[] => [
    { check: "csp", file: "_headers", message: `${message}; ${FIX}` },
  ];
  if (!site.files.has("_headers")) return problem("is missing, so hosts that read it send no Content-Security-Policy");
  const policy = headersForAll(site.read("_headers"), pathPrefix).get("content-security-policy");
  if (policy === undefined) return problem(`gives ${pathPrefix}* no Content-Security-Policy`);
  // newsdesk's policy, framing at most the https hosts it names (the site's embeds).
  if (policy !== expectedPolicy(policy)) {
    return problem(`its Content-Security-Policy is not newsdesk's (${expectedPolicy(policy)})`);
  }
  return [];
}
