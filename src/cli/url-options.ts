import { checkBaseUrl, checkPathPrefix, type UrlCheck } from "../model/safe-url.ts";
import { UsageError } from "./args.ts";

/** --base-url and --path-prefix through the one URL validator (src/model/safe-url.ts): a refusal is exit 2. */
export function checkUrlOptions(baseUrl: string | undefined, pathPrefix: string | undefined): void {
  if (baseUrl?.trim() === "") {
    throw new UsageError("--base-url is empty; give it like --base-url https://news.example.org, or leave it out");
  }
  refuse("--base-url", baseUrl, checkBaseUrl);
  refuse("--path-prefix", pathPrefix, checkPathPrefix);
}

function refuse(option: string, value: string | undefined, check: (v: string) => UrlCheck): void {
  if (value === undefined) return;
  const checked = check(value);
  // JSON quoting shows a tab or newline in the value instead of printing it.
  if (!checked.ok) throw new UsageError(`${option} ${JSON.stringify(value)} ${checked.reason}: ${checked.fix}`);
}
