import type { ImportedDoc } from "../imported.ts";
import { oldAddresses } from "./addresses.ts";
import { convertBody, type BodyEnv } from "./body.ts";
import { wordpressKey } from "./catalogue.ts";
import { postDate, publishedAt, updatedAt } from "./item-dates.ts";
import { isDraft } from "./item-kind.ts";
import { plainText } from "./plain-text.ts";
import { placeUpload } from "./uploads.ts";
import { metaValue, type WxrItem } from "./wxr-records.ts";

const TERM_DOMAINS = new Set(["category", "post_tag"]);

/** A post or page of the export as newsdesk's document (its address claimed in the first pass). */
export function itemToDoc(item: WxrItem, kind: "article" | "page", env: BodyEnv): ImportedDoc {
  const { context, catalogue } = env;
  const key = wordpressKey(item);
  const source = `${env.from}: ${kind === "page" ? "page" : "post"} ${item.id}`;
  const claim = context.book.addressOf(key) ?? context.book.claim(key, `post-${item.id}`);
  const date = kind === "article" ? dateOf(item, env) : undefined;
  const updated = updatedAt(item, context.zone, date);
  const body = convertBody(item, env);
  const summary = plainText(item.excerpt);
  const image = leadImage(item, env, source);
  return {
    kind,
    key,
    source,
    title: titleOf(item, body, env),
    ...(date ? { date } : {}),
    ...(updated ? { updated } : {}),
    ...(summary ? { summary } : {}),
    authors: item.creator ? [catalogue.authors.get(item.creator) ?? item.creator] : [],
    terms: termsOf(item),
    draft: isDraft(item),
    ...(kind === "article" && item.sticky === "1" ? { featured: true } : {}),
    slug: claim.slug,
    aliases: catalogue.aliasesOf(key, oldAddresses(item, kind)),
    body,
    ...(image ? { image } : {}),
  };
}

// Category and tag names as shown, each once; "Uncategorized" is WordPress's placeholder, not a topic.
function termsOf(item: WxrItem): string[] {
  const names = item.terms
    .filter((t) => TERM_DOMAINS.has(t.domain) && t.nicename !== "uncategorized")
    .map((t) => plainText(t.name))
    .filter((name) => name !== "" && name.toLowerCase() !== "uncategorized");
  return [...new Set(names)];
}

// The title as text; a blank one is reported, and the body's first words (or the post's number) stand in.
function titleOf(item: WxrItem, body: string, env: BodyEnv): string {
  const title = plainText(item.title);
  if (title !== "") return title;
  const words = plainText(body.replace(/[#*_`>[\]()!|-]+/g, " "))
    .split(" ")
    .slice(0, 8)
    .join(" ");
  const fallback = words !== "" ? `${words}…` : `Untitled ${item.type} ${item.id}`;
  env.context.report.problem({
    file: env.from,
    line: item.line,
    column: 1,
    field: "title",
    severity: "warning",
    message: `${item.type} ${item.id} has no title; imported as '${fallback}'`,
    suggestion: "give it a title in the imported file",
  });
  return fallback;
}

// A post whose post_date is no date is dated by its last change, or, with no date at all, written as a page: both told.
function dateOf(item: WxrItem, env: BodyEnv): ImportedDoc["date"] {
  const { zone, report } = env.context;
  const date = publishedAt(item, zone);
  if (postDate(item, zone)) return date;
  const given = `post ${item.id}'s post_date '${item.postDate}' is no date`;
  report.problem({
    file: env.from,
    line: item.line,
    column: 1,
    field: "date",
    severity: "warning",
    ...(date
      ? {
          message: `${given}; dated from its last change, ${item.postModifiedGmt || item.postModified}`,
          suggestion: "check date: in the imported file",
        }
      : {
          message: `${given}, nor is any other date of it; written as a page`,
          suggestion: "give it a date: and move it under articles/YYYY/MM/, or keep it as a page",
        }),
  });
  return date;
}

// The featured image (_thumbnail_id): its attachment's file placed, with the attachment's alt text or title.
function leadImage(item: WxrItem, env: BodyEnv, source: string): ImportedDoc["image"] {
  const id = metaValue(item, "_thumbnail_id")?.trim();
  const attachment = id ? env.catalogue.attachments.get(id) : undefined;
  if (!attachment) return undefined;
  const target = env.site.target(attachment.url);
  const path = target?.kind === "upload" ? placeUpload(env.context.images, env.uploads, target.file) : undefined;
  if (!path) {
    env.context.report.imageMissing({ source, detail: `featured image ${attachment.url}` });
    return undefined;
  }
  return { path, alt: attachment.alt };
}
