import { IANAZone } from "luxon";
import { stringify } from "yaml";
import { checkBaseUrl } from "../model/safe-url.ts";
import type { OwnedFiles } from "./owned-files.ts";
import type { ImportReport } from "./import-report.ts";
import type { SourceSite } from "./imported.ts";

/** A content folder without site.yaml or entities.yaml gets them from what the source said; an existing one is never touched. */
export async function writeDataFiles(
  files: OwnedFiles,
  has: { readonly site: boolean; readonly entities: boolean },
  source: SourceSite,
  zone: string,
  report: ImportReport,
): Promise<void> {
  if (!has.site) {
    const url = source.url && checkBaseUrl(source.url).ok ? source.url.replace(/\/+$/, "") : undefined;
    const site = {
      title: source.title || "News archive",
      url: url ?? "https://news.example.org",
      language: source.language || "en",
      timezone: zone,
      description: source.description || undefined,
      copyright: source.title || "News archive",
    };
    if (!url)
      report.problem(
        dataWarning(
          "_data/site.yaml",
          "url",
          "the source names no usable site address",
          "set url: to the site's address",
        ),
      );
    await files.write("_data/site.yaml", stringify(site, { lineWidth: 0 }), "import");
  }
  if (!has.entities) {
    const text =
      "# Known agencies and outlets (see the README). Import proposes names for you to add here.\nagencies: []\noutlets: []\n";
    await files.write("_data/entities.yaml", text, "import");
  }
}

function dataWarning(file: string, field: string, message: string, suggestion: string) {
  return { file, line: 1, column: 1, field, severity: "warning" as const, message, suggestion };
}

/** True for an IANA time zone name. */
export function validZone(zone: string | undefined): boolean {
  return zone !== undefined && IANAZone.isValidZone(zone);
}
