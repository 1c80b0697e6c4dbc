import type { Registry } from "../taxonomy/registry.ts";
import { topicClashes, type TopicClash } from "../taxonomy/topic-clashes.ts";
import type { Article } from "../model/article.ts";
import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { readContentText } from "./read-text.ts";

const ENTITIES_FILE = "_data/entities.yaml";

/**
 * Different topics whose pages would be one ("C++" and "C" both make /topics/c/), which would merge them under
 * one heading: an error at each article's topics: entry, naming the other spelling and where it was written,
 * with the fix. Spellings differing only in case or typography are one topic and pass (topic-clashes.ts).
 */
export async function checkTopicClashes(
  articles: readonly Article[],
  registry: Registry,
  contentDir: string,
): Promise<Diagnostic[]> {
  const clashes = topicClashes(articles, registry.entities("topics"), ENTITIES_FILE);
  const found: Diagnostic[] = [];
  // Clashes are rare: the lines are looked up only for them, by reading the article again.
  for (const clash of clashes) {
    const at = await topicPosition(contentDir, clash.file, clash.name);
    found.push({ file: clash.file, ...at, field: "topics", severity: "error", ...clashText(clash) });
  }
  return found;
}

function clashText(clash: TopicClash): Pick<Diagnostic, "message" | "suggestion"> {
  const { name, slug, other } = clash;
  const page = `/topics/${slug}/`;
  if (clash.defined) {
    return {
      message: `topic '${name}' would be filed on the page of '${other.name}' in ${other.file}, ${page}`,
      suggestion:
        `write '${other.name}' if it is that topic; if not, add '${name}' under topics: in ` +
        `${ENTITIES_FILE} with a slug of its own (e.g. slug: ${slug}-2)`,
    };
  }
  return {
    message: `topic '${name}' and '${other.name}' in ${other.file} would share one page, ${page}`,
    suggestion:
      `if they are one topic, write one spelling in both; if not, add one of them under topics: in ` +
      `${ENTITIES_FILE} with a slug of its own (e.g. name: ${name}, slug: ${slug}-2)`,
  };
}

// The topics: entry written as `name` (trimmed, as validation keeps it); line 1 should the file have changed.
async function topicPosition(contentDir: string, file: string, name: string): Promise<Position> {
  const read = await readContentText(contentDir, file);
  const parsed = read.text === undefined ? undefined : parseFrontMatter(read.text, file);
  if (!parsed?.ok) return { line: 1, column: 1 };
  const topics = parsed.file.data.topics;
  const index = Array.isArray(topics) ? topics.findIndex((t) => typeof t === "string" && t.trim() === name) : -1;
  return index < 0 ? parsed.file.positionOf("topics") : parsed.file.positionOf("topics", index);
}
