import type { Entity } from "../model/entity.ts";
import type { RelatedIndex } from "./related-index.ts";
import { scatter, type SparseVectors } from "./sparse.ts";

/** Why one article is related to another, read off the same vectors that scored the pair. */
export interface Explanation {
  /** An editor pinned it (front-matter related). */
  readonly pinned: boolean;
  /** Shared entities, the largest contribution to the score first. */
  readonly shared: readonly Entity[];
  /** Up to three shared words (index terms), the largest contribution first; only when no entity is shared. */
  readonly terms: readonly string[];
  /** Calendar days from this article to the related one in the site's time zone; negative when earlier. */
  readonly days: number;
}

const NONE: readonly string[] = [];

/** Explains pairs against one focused article at a time (dense scratch arrays, reused per focus). */
export interface Explainer {
  /** The explanation of `other` shown on `doc`'s page. */
  explain(doc: number, other: number, pinned: boolean): Explanation;
}

/** An explainer over an index. */
export function createExplainer(index: RelatedIndex): Explainer {
  const textScratch = new Float32Array(index.text.terms.length);
  const entityScratch = new Float32Array(index.entities.entities.length);
  let focused = -1;
  return {
    explain(doc, other, pinned) {
      if (doc !== focused) {
        if (focused >= 0) {
          scatter(index.text.vectors, focused, textScratch, true);
          scatter(index.entities.vectors, focused, entityScratch, true);
        }
        focused = doc;
        scatter(index.text.vectors, doc, textScratch);
        scatter(index.entities.vectors, doc, entityScratch);
      }
      const shared = sharedIds(index.entities.vectors, other, entityScratch, Infinity).map(
        (id) => index.entities.entities[id]!,
      );
      return {
        pinned,
        shared,
        terms:
          shared.length > 0
            ? NONE
            : sharedIds(index.text.vectors, other, textScratch, 3).map((id) => index.text.terms[id]!),
        days: index.calendarDays[other]! - index.calendarDays[doc]!,
      };
    },
  };
}

/** "Editor's pick · Shared: Europol, Amaq · 5 days later": up to three entities, else up to three shared words. */
export function explanationText(explanation: Explanation): string {
  const parts: string[] = [];
  if (explanation.pinned) parts.push("Editor's pick");
  if (explanation.shared.length > 0)
    parts.push(
      `Shared: ${explanation.shared
        .slice(0, 3)
        .map((e) => e.name)
        .join(", ")}`,
    );
  else if (explanation.terms.length > 0) parts.push(`Both mention: ${explanation.terms.join(", ")}`);
  parts.push(relativeDays(explanation.days));
  return parts.join(" · ");
}

/** "same day", "1 day later", "5 days earlier", "3 weeks later", "4 months earlier", "2 years later". */
export function relativeDays(days: number): string {
  const gap = Math.abs(days);
  if (gap === 0) return "same day";
  const [count, unit] =
    gap < 14
      ? [gap, "day"]
      : gap < 60
        ? [Math.round(gap / 7), "week"]
        : gap < 730
          ? [Math.round(gap / 30.44), "month"]
          : [Math.round(gap / 365.25), "year"];
  return `${count} ${unit}${count === 1 ? "" : "s"} ${days > 0 ? "later" : "earlier"}`;
}

const sharedId = new Int32Array(4096);
const sharedWeight = new Float64Array(4096);

// Ids of `other`'s vector also in the focused one (held dense), by the product of weights, ties by smaller id;
// sorted by insertion in scratch arrays (a vector holds at most a few dozen ids), so only the result is new.
function sharedIds(vectors: SparseVectors, other: number, focused: Float32Array, limit: number): number[] {
  let count = 0;
  for (let k = vectors.offsets[other]!; k < vectors.offsets[other + 1]! && count < sharedId.length; k++) {
    const weight = focused[vectors.ids[k]!]!;
    if (!(weight > 0)) continue;
    const id = vectors.ids[k]!;
    const product = weight * vectors.weights[k]!;
    let at = count++;
    while (
      at > 0 &&
      (sharedWeight[at - 1]! < product || (sharedWeight[at - 1] === product && sharedId[at - 1]! > id))
    ) {
      sharedId[at] = sharedId[at - 1]!;
      sharedWeight[at] = sharedWeight[at - 1]!;
      at--;
    }
    sharedId[at] = id;
    sharedWeight[at] = product;
  }
  return Array.from(sharedId.subarray(0, Math.min(count, limit)));
}
