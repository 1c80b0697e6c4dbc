import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { capitalised, pseudoWord } from "./pseudo-words.ts";
import { between, seededRandom } from "./random.ts";

/** A generated WordPress export and the uploads folder beside it. */
export interface GeneratedExport {
  readonly file: string;
  readonly uploads: string;
  readonly bytes: number;
}

const HOST = "https://bench.example";
const COUNTRIES = ["France", "Germany", "UK", "United States", "Netherlands", "Ukraine", "Brazil", "Japan"];
const AGENCIES = ["Europol", "FBI", "Eurojust", "NCSC"];
// The smallest valid PNG (1×1, grey), so uploads are real images without an image library.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgYAAAAAMAASsJTYQAAAAASUVORK5CYII=",
  "base64",
);
const IMAGES = 20;
const START = Date.UTC(2014, 0, 1);

/** Dates of posts by id: the permalinks of links between posts need them. */
type DateOf = (id: number) => Date;

/**
 * Writes a WordPress export (WXR 1.2) of `posts` posts into `dir`, streamed, seeded: classic and block content,
 * captions, embeds, code, tables, links between posts (permalinks and ?p=), old slugs, comments, drafts,
 * scheduled posts and pages, as a newsroom's export has them; and an uploads folder of the images it names.
 */
export async function writeWxrExport(dir: string, posts: number, seed = 1): Promise<GeneratedExport> {
  const random = seededRandom(seed);
  const uploads = join(dir, "uploads");
  await mkdir(join(uploads, "2020/01"), { recursive: true });
  for (let i = 0; i < IMAGES; i++) await writeFile(join(uploads, `2020/01/photo-${i}.png`), PNG);
  const file = join(dir, "export.xml");
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write(header());
  const step = (Date.UTC(2024, 0, 1) - START) / posts;
  const dateOf = (id: number) => new Date(START + id * step);
  for (let id = 1; id <= posts; id++) await write(item(id, dateOf, random));
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
  return { file, uploads, bytes };
}

function header(): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench Security Desk</title>
<link>${HOST}</link>
<description>A generated newsroom archive</description>
<language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${HOST}</wp:base_site_url>
<wp:base_blog_url>${HOST}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[Desk Editor]]></wp:author_display_name></wp:author>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[reporter]]></wp:author_login><wp:author_display_name><![CDATA[Night Reporter]]></wp:author_display_name></wp:author>
`;
}

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => pseudoWord(between(random, 0, 3000))).join(" ");
}

function sentence(random: () => number): string {
  const named =
    random() < 0.3
      ? ` ${AGENCIES[between(random, 0, AGENCIES.length - 1)]} said ${COUNTRIES[between(random, 0, COUNTRIES.length - 1)]}`
      : "";
  return `${capitalised(words(random, between(random, 6, 16)))}${named}.`;
}

function body(id: number, dateOf: DateOf, random: () => number): string {
  const paragraphs: string[] = [];
  for (let p = between(random, 3, 8); p > 0; p--) {
    paragraphs.push(Array.from({ length: between(random, 2, 5) }, () => sentence(random)).join(" "));
  }
  const target = between(random, 1, Math.max(1, id - 1));
  paragraphs.splice(
    1,
    0,
    `See <a href="${HOST}/?p=${target}">the earlier report</a> and <a href="${HOST}${permalink(target, dateOf)}">its follow-up</a>.`,
  );
  if (random() < 0.2) {
    const image = `${HOST}/wp-content/uploads/2020/01/photo-${between(random, 0, IMAGES - 1)}.png`;
    paragraphs.push(
      `[caption id="attachment_1" align="aligncenter" width="300"]<img src="${image}" alt="${words(random, 4)}" width="300" height="200" /> ${capitalised(words(random, 6))}[/caption]`,
    );
  }
  if (random() < 0.05) paragraphs.push(`[embed]https://www.youtube.com/watch?v=dQw${id % 10}WgXcQ[/embed]`);
  if (random() < 0.02) paragraphs.push('[s2Member-Login login_redirect="/members/" /]');
  if (random() < 0.1)
    paragraphs.push(
      `<pre><code class="language-bash">curl -s ${HOST}/ioc-${id}.txt | grep -c ${pseudoWord(id)}\n</code></pre>`,
    );
  if (random() < 0.05)
    paragraphs.push(
      "<table><thead><tr><th>Indicator</th><th>Type</th></tr></thead><tbody><tr><td>198.51.100.7</td><td>IP</td></tr></tbody></table>",
    );
  const text = paragraphs.join("\n\n");
  return random() < 0.5
    ? text
    : text
        .split("\n\n")
        .map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`)
        .join("\n\n");
}

function slugOf(id: number): string {
  return `${pseudoWord(id)}-${pseudoWord(id * 7 + 3)}-${id}`;
}

// WordPress's "day and name" permalinks: /2019/05/01/slug/.
function permalink(id: number, dateOf: DateOf): string {
  return `/${dateOf(id).toISOString().slice(0, 10).replace(/-/g, "/")}/${slugOf(id)}/`;
}

function item(id: number, dateOf: DateOf, random: () => number): string {
  const when = dateOf(id);
  const wpDate = when.toISOString().slice(0, 19).replace("T", " ");
  const roll = random();
  const [type, status] = roll < 0.01 ? ["page", "publish"] : roll < 0.04 ? ["post", "draft"] : ["post", "publish"];
  const title = capitalised(words(random, between(random, 4, 9)));
  const categories = [
    `<category domain="category" nicename="c${id % 12}"><![CDATA[${capitalised(pseudoWord(id % 12))} desk]]></category>`,
    `<category domain="post_tag" nicename="t"><![CDATA[${COUNTRIES[id % COUNTRIES.length]}]]></category>`,
  ].join("");
  const oldSlug =
    random() < 0.1
      ? `<wp:postmeta><wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key><wp:meta_value><![CDATA[old-${slugOf(id)}]]></wp:meta_value></wp:postmeta>`
      : "";
  const comment =
    random() < 0.2
      ? `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[A reader]]></wp:comment_author><wp:comment_content><![CDATA[${words(random, 12)}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>`
      : "";
  const excerpt = random() < 0.7 ? sentence(random) : "";
  return `<item>
<title><![CDATA[${title}]]></title>
<link>${HOST}${permalink(id, dateOf)}</link>
<pubDate>${when.toUTCString()}</pubDate>
<dc:creator><![CDATA[${id % 3 === 0 ? "reporter" : "editor"}]]></dc:creator>
<guid isPermaLink="false">${HOST}/?p=${id}</guid>
<description></description>
<content:encoded><![CDATA[${body(id, dateOf, random)}]]></content:encoded>
<excerpt:encoded><![CDATA[${excerpt}]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date><![CDATA[${wpDate}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[${status === "draft" ? "0000-00-00 00:00:00" : wpDate}]]></wp:post_date_gmt>
<wp:post_modified><![CDATA[${wpDate}]]></wp:post_modified>
<wp:post_modified_gmt><![CDATA[${wpDate}]]></wp:post_modified_gmt>
<wp:comment_status><![CDATA[open]]></wp:comment_status>
<wp:post_name><![CDATA[${slugOf(id)}]]></wp:post_name>
<wp:status><![CDATA[${status}]]></wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type><![CDATA[${type}]]></wp:post_type>
<wp:post_password><![CDATA[]]></wp:post_password>
${categories}${oldSlug}${comment}
</item>
`;
}
