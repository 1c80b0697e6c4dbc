import type { Element } from "domhandler";

/** A built site as verify sees it: its files and a way to read them. */
export interface BuiltSite {
  readonly files: ReadonlySet<string>;
  read(file: string): string;
}

/** One thing wrong with a built site. */
export interface VerifyProblem {
  readonly check: "contract" | "link" | "sitemap" | "leak" | "redirect" | "html" | "script" | "url" | "csp" | "feed";
  readonly file: string;
  readonly message: string;
}

/** The line of an element in its page, when the page was parsed with source locations. */
export function lineOf(el: Element): number {
  return el.sourceCodeLocation?.startLine ?? 1;
}
