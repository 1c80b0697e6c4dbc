import { DateTime } from "luxon";
import { createMentionFinder } from "../../src/content/lints/mentions.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { createRegistry } from "../../src/taxonomy/registry.ts";

/** What validateArticle needs, for unit tests: a registry from `entities` (entities.yaml's data), London, 1 Jan 2026. */
export function validationContext(entities: Record<string, unknown> = {}) {
  const { registry } = createRegistry(entities, "e.yaml", () => ({ line: 1, column: 1 }));
  return {
    registry,
    zone: "Europe/London",
    now: DateTime.fromISO("2026-01-01T00:00:00Z"),
    md: createMarkdown(),
    env: { pathPrefix: "/" },
    render: true,
    mentions: createMentionFinder(registry),
  };
}
