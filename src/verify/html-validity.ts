import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import type { BuiltSite, VerifyProblem } from "./built-site.ts";

// The rules newsdesk's pages are held to: html-validate's recommended set with the reasoned exceptions of .htmlvalidate.json.
const CONFIG = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../.htmlvalidate.json", import.meta.url)), "utf8"),
) as ConfigData;

/** Every html-validate message for every HTML page of a built site. */
export async function validateHtml(site: BuiltSite): Promise<VerifyProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(CONFIG));
  const problems: VerifyProblem[] = [];
  for (const file of [...site.files].filter((f) => f.endsWith(".html")).sort()) {
    const report = await validator.validateString(site.read(file), file);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push({ check: "html", file: `${file}:${m.line}`, message: `${m.ruleId}: ${m.message}` });
    }
  }
  return problems;
}
