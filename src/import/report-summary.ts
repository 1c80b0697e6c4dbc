import { formatDiagnostics } from "../model/diagnostic.ts";
import type { ImportReportJson, LeftItem, MarkupKind } from "./import-report.ts";

const LABEL: Readonly<Record<MarkupKind, string>> = {
  shortcode: "shortcodes",
  liquid: "Liquid tags",
  hugo: "Hugo shortcodes",
};
const SHOWN = 5;

/** The terminal summary of an import: counts first, then what an editor should see to, each with where it is. */
export function reportSummary(report: ImportReportJson, reportFile?: string): string {
  const lines: string[] = [];
  const { articles, pages, images, links } = report;
  lines.push(`Articles: ${articles.written} written, ${articles.unchanged} unchanged, ${articles.skipped} skipped`);
  if (pages.written + pages.unchanged + pages.skipped > 0) {
    lines.push(`Pages: ${pages.written} written, ${pages.unchanged} unchanged, ${pages.skipped} skipped`);
  }
  lines.push(`Old addresses kept as aliases: ${report.aliases}`);
  lines.push(`Images: ${images.copied} copied, ${images.unchanged} unchanged, ${images.missing.length} missing`);
  lines.push(
    `Links between posts rewritten: ${links.rewritten}; into the old site and answered by nothing: ${links.dead.length}`,
  );
  for (const kind of ["shortcode", "liquid", "hugo"] as const) {
    const converted = Object.entries(report.converted[kind]);
    const left = Object.entries(report.left[kind]);
    if (converted.length > 0)
      lines.push(`${cap(LABEL[kind])} converted: ${converted.map(([n, c]) => `${n} ×${c}`).join(", ")}`);
    if (left.length > 0) {
      lines.push(
        `${cap(LABEL[kind])} left in the text for an editor: ${left.map(([n, l]) => `${n} ×${l.length}`).join(", ")}`,
      );
      lines.push(...left.flatMap(([name, items]) => listed(items, name)));
    }
  }
  if (report.repaired.length > 0) {
    lines.push(
      `Front-matter repaired (the old generator tolerated it): ${report.repaired.length}`,
      ...listed(report.repaired),
    );
  }
  if (images.missing.length > 0) lines.push("Images missing:", ...listed(images.missing));
  if (links.dead.length > 0) lines.push("Dead links into the old site:", ...listed(links.dead));
  if (report.skipped.length > 0) {
    lines.push(
      "Skipped:",
      ...report.skipped.slice(0, SHOWN).map((s) => `  ${s.source}${s.file ? ` (${s.file})` : ""}: ${s.why}`),
    );
    if (report.skipped.length > SHOWN) lines.push(`  … and ${report.skipped.length - SHOWN} more`);
  }
  if (report.entities.length > 0) {
    lines.push(
      `Entities proposed from the text, written into front-matter for review: ${report.entities.length} articles`,
    );
  }
  if (report.suggestedEntities.length > 0) {
    const names = report.suggestedEntities.slice(0, 10).map((s) => `${s.name} (${s.articles})`);
    lines.push(`Names that recur and entities.yaml lacks: ${names.join(", ")}`);
  }
  if (report.problems.length > 0) lines.push(formatDiagnostics(report.problems));
  if (reportFile) lines.push(`Full report: ${reportFile}`);
  return lines.join("\n");
}

function listed(items: readonly LeftItem[], name?: string): string[] {
  const shown = items
    .slice(0, SHOWN)
    .map((i) => `  ${i.source}${i.line ? `:${i.line}` : ""}: ${name ? `${name}: ` : ""}${i.detail}`);
  return items.length > SHOWN ? [...shown, `  … and ${items.length - SHOWN} more`] : shown;
}

function cap(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
