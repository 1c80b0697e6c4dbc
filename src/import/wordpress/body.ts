import { SITE_DEFAULTS } from "../../model/site-config.ts";
import { htmlToMarkdown } from "../html-to-markdown.ts";
import type { ImportContext } from "../imported.ts";
import { autop } from "./autop.ts";
import type { Catalogue } from "./catalogue.ts";
import type { OldSite } from "./old-site.ts";
import { unblock } from "./gutenberg.ts";
import { fillImageAlt } from "./image-alt.ts";
import { convertShortcodes } from "./shortcodes.ts";
import { placeUpload } from "./uploads.ts";
import type { WxrItem } from "./wxr-records.ts";

/** What converting one body needs: the first pass's catalogue, the old site, the --uploads folder, the context. */
export interface BodyEnv {
  readonly catalogue: Catalogue;
  readonly site: OldSite;
  readonly uploads: string | undefined;
  readonly context: ImportContext;
  /** The export's file name, for problems. */
  readonly from: string;
}

/**
 * An item's content as newsdesk Markdown: block-editor comments dropped, shortcodes converted, paragraphs made
 * as WordPress made them, links into the old site rewritten to the new addresses and uploads placed as images.
 */
export function convertBody(item: WxrItem, env: BodyEnv): string {
  const { context, catalogue } = env;
  const source = `${env.from}: post ${item.id}`;
  const kept: string[] = [];
  const html = convertShortcodes(unblock(item.content), {
    postId: item.id,
    attachment: (id) => catalogue.attachments.get(id),
    attachedTo: (id) => catalogue.attachedTo.get(id) ?? [],
    converted: (name) => context.report.converted("shortcode", name),
    left: (name, line, raw) => context.report.left("shortcode", name, { source, line, detail: raw }),
    keep: (tag) => `${KEEP}${kept.push(tag) - 1}${KEEP}`,
  });
  const markdown = htmlToMarkdown(
    fillImageAlt(autop(html), (id) => catalogue.attachments.get(id)),
    {
      embedHosts: SITE_DEFAULTS.embeds,
      link: (href) => rewriteLink(href, item.link, source, env),
      image: (src) => rewriteImage(src, item.link, source, env),
      dropped: (tag) =>
        context.report.problem({
          file: env.from,
          line: item.line,
          column: 1,
          field: "body",
          severity: "warning",
          message: `post ${item.id}: <${tag}> dropped from the body`,
          suggestion: "newsdesk pages carry no scripts, forms or plugins; link to what it showed if it matters",
        }),
    },
  );
  return markdown.replace(new RegExp(`${KEEP}(\\d+)${KEEP}`, "g"), (_, n: string) => kept[Number(n)]!);
}

// Letters only, so neither the HTML parser nor Markdown escaping touches a left shortcode's tag on the way.
const KEEP = "WPSHORTCODEKEPT";

// A link into the old site: the new address of the item that answers it, else reported dead and left pointing at
// the old site (absolute, so it still names what it meant).
function rewriteLink(href: string, page: string, source: string, env: BodyEnv): string {
  const target = env.site.target(href, page);
  if (!target || target.kind === "upload") return target?.url ?? href;
  const found = env.context.book.resolve(target.path);
  if (found) {
    env.context.report.linkRewritten();
    return found + target.fragment;
  }
  if (target.path === "/") return `/${target.fragment}`;
  env.context.report.linkDead({ source, detail: href });
  return /^https?:/i.test(href) ? href : `${env.site.base}${target.path}${target.fragment}`;
}

// An uploaded image: placed from --uploads when there, else reported and left as its absolute old URL (an
// external image newsdesk shows as it is). Any other image of the old site is made absolute on it too: newsdesk
// reads a relative image as a file of the content folder.
function rewriteImage(src: string, link: string, source: string, env: BodyEnv): string {
  const target = env.site.target(src, link);
  if (!target || target.kind !== "upload") return absoluteOn(src, link || env.site.base);
  const placed = placeUpload(env.context.images, env.uploads, target.file);
  if (placed) return placed;
  env.context.report.imageMissing({ source, detail: target.url });
  return target.url;
}

function absoluteOn(src: string, page: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src.trim())) return src;
  try {
    return new URL(src.trim(), page).href;
  } catch {
    return src;
  }
}
