import type { TaxonomyKind } from "../model/entity.ts";
import type { EntityVectors } from "./entity-vectors.ts";

/**
 * The taxonomies that name what a security story is about rather than who reported it or where: a threat actor, a
 * malware family, a CVE. Two stories sharing one are parts of one campaign or one flaw, however differently told.
 */
export const IDENTITY_KINDS: ReadonlySet<TaxonomyKind> = new Set<TaxonomyKind>(["actors", "malware", "cves"]);

/** Which entity ids are identities, and each article's sum of its identities' squared weights. */
export interface IdentityParts {
  readonly isIdentity: Uint8Array;
  readonly sums: Float64Array;
}

/** The identity parts of entity vectors. */
export function identityParts(entities: EntityVectors): IdentityParts {
  const isIdentity = Uint8Array.from(entities.entities, (e) => (IDENTITY_KINDS.has(e.kind) ? 1 : 0));
  const { offsets, ids } = entities.vectors;
  const sums = new Float64Array(offsets.length - 1);
  for (let doc = 0; doc < sums.length; doc++) {
    for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++)
      if (isIdentity[ids[k]!] === 1) sums[doc]! += entities.entityWeights[ids[k]!]! ** 2;
  }
  return { isIdentity, sums };
}

/**
 * How much of the lighter side's identity two articles share, 0..1: the squared weights (taxonomy weight × idf) of
 * the actors, malware and CVEs both name, over the smaller of the two articles' totals. A story naming only
 * APT28 shares all of its identity with an advisory naming APT28 and a CVE; the agencies and countries either
 * lists play no part. `dense` holds the focused article's entity vector (non-zero where it has an entity).
 */
export function identitySimilarity(
  entities: EntityVectors,
  parts: IdentityParts,
  focused: number,
  other: number,
  dense: Float32Array,
): number {
  const smaller = Math.min(parts.sums[focused]!, parts.sums[other]!);
  if (smaller === 0) return 0;
  const { offsets, ids } = entities.vectors;
  let shared = 0;
  for (let k = offsets[other]!; k < offsets[other + 1]!; k++) {
    const id = ids[k]!;
    if (parts.isIdentity[id] === 1 && dense[id]! > 0) shared += entities.entityWeights[id]! ** 2;
  }
  return Math.min(1, shared / smaller);
}
