import { gfm } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";

let service: TurndownService | undefined;

/** An HTML post's body as Markdown (ATX headings, fenced code, GFM tables): newsdesk bodies are Markdown. */
export function htmlToMarkdown(html: string): string {
  service ??= new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
  }).use(gfm);
  return service.turndown(html);
}
