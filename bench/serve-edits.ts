import type { Article } from "../src/model/article.ts";

/** The two articles the serve bench edits: one from the middle of the archive, and the newest (listed on the home page). */
export interface ServeTargets {
  readonly middle: Article;
  readonly newest: Article;
}

/** Which article a measured edit changes: the middle one (its page is watched) or the newest (the home page is watched). */
export type EditKind = "article" | "home";

/**
 * The article halfway through the archive's order, and the newest by date (the first of equals in archive order,
 * as a stable sort by date puts it first). An archive of one article gives it for both.
 */
export function serveTargets(articles: readonly Article[]): ServeTargets {
  if (articles.length === 0) throw new Error("the serve bench needs at least one article");
  const newest = articles.reduce((best, a) => (a.date.toMillis() > best.date.toMillis() ? a : best));
  return { middle: articles[Math.floor(articles.length / 2)]!, newest };
}

/** The title an edit gives: text no generated article has, naming the run, what is watched, and a per-bench nonce. */
export function markerTitle(run: number, kind: EditKind, nonce: string): string {
  return `Serve bench edit ${run} ${kind} ${nonce}`;
}

/** The Markdown with its front-matter title replaced by `title` (JSON-quoted, as the synthetic files write it). */
export function retitled(markdown: string, title: string): string {
  const end = markdown.indexOf("\n---", 4);
  const head = markdown.slice(0, end);
  const titleLine = /^title: .*$/m;
  if (!markdown.startsWith("---\n") || end < 0 || !titleLine.test(head))
    throw new Error("no front-matter title line to edit");
  // A function replacement, so that a '$' in the title is not read as a pattern.
  return head.replace(titleLine, () => `title: ${JSON.stringify(title)}`) + markdown.slice(end);
}
