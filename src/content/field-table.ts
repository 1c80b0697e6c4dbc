import { articleFrontMatterSchema } from "./schema.ts";

/** The README's front-matter table, made from the schema so the two can never disagree (a test compares them). */
export function fieldTable(): string {
  const rows = Object.entries(articleFrontMatterSchema.shape).map(
    ([field, schema]) => `| \`${field}\` | ${schema.description ?? ""} |`,
  );
  return ["| field | rule |", "|---|---|", ...rows].join("\n");
}
