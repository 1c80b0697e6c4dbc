// The import bench's contender: the usual way to convert a WordPress export, the whole file parsed into memory
// at once, each post's HTML through turndown, one Markdown file a post. No shortcodes, links, images or aliases:
// a floor for the work, and a ceiling for the memory a non-streaming converter needs.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import TurndownService from "turndown";

const [file, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: false, processEntities: false });
const items = [parser.parse(readFileSync(file, "utf8")).rss.channel.item].flat();
const turndown = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced" });
for (const item of items) {
  if (item["wp:post_type"] !== "post") continue;
  const body = turndown.turndown(String(item["content:encoded"] ?? ""));
  const front = `---\ntitle: ${JSON.stringify(String(item.title))}\ndate: ${item["wp:post_date_gmt"]}\n---\n\n`;
  writeFileSync(join(out, `${item["wp:post_id"]}-${item["wp:post_name"]}.md`), front + body);
}
