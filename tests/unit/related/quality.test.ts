import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { RANKING_VARIANTS, measureVariants } from "../../../bench/related-quality.ts";
import { loadContent, type SiteContent } from "../../../src/content/load.ts";
import type { LabelledQuality } from "../../../src/related/metrics.ts";
import { fixture } from "../../helpers/cli.ts";

// The labelled archive: 45 invented stories in 9 clusters, whose agencies, countries and topics overlap on purpose.
const DIR = fixture("related");
let content: SiteContent;
let labels: Map<string, string>;
let quality: Map<string, LabelledQuality>;

beforeAll(async () => {
  content = await loadContent({ contentDir: DIR, now: DateTime.fromISO("2026-01-01T00:00:00Z"), render: false });
  labels = new Map(
    Object.entries(JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")) as Record<string, string>),
  );
  quality = new Map(
    measureVariants(content.articles, labels, content.site.related.weights).map(({ variant, quality: q }) => [
      variant.name,
      q,
    ]),
  );
});

describe("related quality on the labelled archive", () => {
  it("labels every article, at least 40 in at least 8 clusters of at least 5", () => {
    expect(content.diagnostics).toEqual([]);
    expect(new Set(content.articles.map((a) => a.slug))).toEqual(new Set(labels.keys()));
    const sizes = [...labels.values()].reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
    expect(labels.size).toBeGreaterThanOrEqual(40);
    expect(sizes.size).toBeGreaterThanOrEqual(8);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(5);
  });

  it("ranks with precision@3 of at least 0.9 in every cluster", () => {
    const full = quality.get(RANKING_VARIANTS[2]!.name)!;
    for (const [cluster, q] of full.byLabel) expect(q.precisionAt3, cluster).toBeGreaterThanOrEqual(0.9);
  });

  it("is an archive where shared entities alone fail, and the full score beats each part alone", () => {
    const [entities, text, full] = RANKING_VARIANTS.slice(0, 3).map((v) => quality.get(v.name)!.overall);
    expect(entities!.precisionAt3).toBeLessThan(0.9);
    expect(full!.precisionAt3).toBeGreaterThan(Math.max(entities!.precisionAt3, text!.precisionAt3));
    expect(full!.ndcgAt5).toBeGreaterThan(Math.max(entities!.ndcgAt5, text!.ndcgAt5));
  });
});
