import { z } from "zod";
import { articleFrontMatterSchema } from "./schema.ts";

/** Where the committed JSON Schema of article front-matter lives, from the project root. */
export const JSON_SCHEMA_FILE = "schema/article.schema.json";

/** The JSON Schema of article front-matter, made from the zod schema, as the committed file's text. */
export function articleJsonSchemaText(): string {
  return jsonSchemaText(articleFrontMatterSchema, "newsdesk article front-matter");
}

/** A zod schema as committed JSON Schema text. */
export function jsonSchemaText(schema: z.ZodType, title: string): string {
  return `${JSON.stringify({ ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), title }, null, 2)}\n`;
}
