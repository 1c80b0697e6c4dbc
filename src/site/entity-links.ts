import type { Entity } from "../model/entity.ts";
import { cveOrgUrl, nvdUrl } from "../model/cve.ts";
import { attackUrl } from "../model/attack.ts";
import { isSafeExternalUrl } from "../model/safe-url.ts";

/** A link from a topic page out to a reference on the entity. */
export interface EntityLink {
  readonly label: string;
  readonly href: string;
  /** Words before the link, e.g. "MITRE ATT&CK" before G0007. */
  readonly lead?: string;
}

/**
 * Where a topic page links out: a CVE to its record at cve.org and to NVD; a threat actor or malware family to its
 * MITRE ATT&CK page; any entity with a website (http(s) only) to that site.
 */
export function entityLinks(entity: Entity): EntityLink[] {
  if (entity.kind === "cves") {
    return [
      { label: "CVE record", href: cveOrgUrl(entity.name) },
      { label: "NVD entry", href: nvdUrl(entity.name) },
    ];
  }
  const links: EntityLink[] = [];
  if (entity.attack) links.push({ lead: "MITRE ATT&CK", label: entity.attack, href: attackUrl(entity.attack) });
  if (entity.website && isSafeExternalUrl(entity.website)) links.push({ label: "Official site", href: entity.website });
  return links;
}
