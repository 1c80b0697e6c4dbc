import { sitePathKey } from "../model/safe-url.ts";
import { checkAliasPath } from "../model/query-alias.ts";
import { articlePath, staticPagePath } from "../model/urls.ts";
import type { AddressBook } from "./address-book.ts";
import type { ImportReport } from "./import-report.ts";
import type { ImportedDoc } from "./imported.ts";

/**
 * The old addresses that can be aliases: one that is, in any case, the document's own new address is left out;
 * one that is no site path, another document's new address, or already another document's alias is left out and
 * reported (check would refuse each). `claimed` holds the aliases of the documents written before.
 */
export function usableAliases(
  doc: ImportedDoc,
  zone: string,
  book: AddressBook,
  claimed: Map<string, string>,
  report: ImportReport,
): ImportedDoc {
  const own = sitePathKey(
    doc.kind === "page" || !doc.date ? staticPagePath(doc.slug) : articlePath(doc.date.setZone(zone), doc.slug),
  );
  const warn = (message: string) =>
    report.problem({
      file: doc.source,
      line: 1,
      column: 1,
      field: "aliases",
      severity: "warning",
      message,
      suggestion: "add it by hand if it still matters",
    });
  const aliases = doc.aliases.filter((alias) => {
    const checked = checkAliasPath(alias);
    if (!checked.ok) {
      warn(`old address ${alias} not kept: it ${checked.reason}`);
      return false;
    }
    const key = sitePathKey(checked.value);
    if (key === own) return false;
    if (book.isNewAddress(key)) {
      warn(`old address ${alias} not kept: it is the new address of another imported item`);
      return false;
    }
    const holder = claimed.get(key);
    if (holder !== undefined && holder !== doc.key) {
      warn(`old address ${alias} not kept: it is already an old address of ${holder}`);
      return false;
    }
    claimed.set(key, doc.key);
    return true;
  });
  return aliases.length === doc.aliases.length ? doc : { ...doc, aliases };
}
