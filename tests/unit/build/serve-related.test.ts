import { afterEach, describe, expect, it, vi } from "vitest";
import type { Article } from "../../../src/model/article.ts";
import type { SiteContent } from "../../../src/content/load.ts";
import { relateArticles, type RelatedData } from "../../../src/related/relate.ts";
import { ServeRelated } from "../../../src/build/serve-related.ts";
import { article } from "../../helpers/articles.ts";

const story = [
  {
    ...article("takedown", "2024-06-14T09:00:00Z", { agencies: ["Europol", "FBI"], topics: ["botnets"] }),
    source: "a",
  },
  {
    ...article("follow-up", "2024-06-20T09:00:00Z", { agencies: ["Europol", "FBI"], topics: ["botnets"] }),
    source: "b",
  },
];
const added = {
  ...article("arrests", "2024-06-25T09:00:00Z", { agencies: ["Europol", "FBI"], topics: ["botnets"] }),
  source: "c",
};
const registry = {};
const content = (articles: SiteContent["articles"]) =>
  ({ articles, registry, site: { related: {} } }) as unknown as SiteContent;
const paths = (data: RelatedData, path: string) => (data.related.get(path) ?? []).map((i) => i.article.path);

afterEach(() => vi.useRealTimers());

// A ServeRelated over the real related phase, with its calls and rebuild requests counted, on fake timers.
function withFakeTimers() {
  vi.useFakeTimers();
  const relate = vi.fn((_: SiteContent, articles: readonly Article[]) => relateArticles(articles));
  const rebuild = vi.fn();
  return { relate, rebuild, related: new ServeRelated(relate, rebuild) };
}

describe("serve's related articles between saves", () => {
  it("computes them on the first build, carries them over on a save, and asks for a rebuild once the exact ones differ", () => {
    const { relate, rebuild, related } = withFakeTimers();
    related.forModel(content(story), story);
    expect(relate).toHaveBeenCalledTimes(1);
    related.scheduleExact(content(story), story); // exact already: nothing to do
    vi.runAllTimers();
    expect(relate).toHaveBeenCalledTimes(1);

    // A new article: the save shows the old lists at once, without the related phase.
    const more = [...story, added];
    const carried = related.forModel(content(more), more);
    expect(relate).toHaveBeenCalledTimes(1);
    expect(paths(carried, story[0]!.path)).not.toContain(added.path);
    related.scheduleExact(content(more), more);
    expect(rebuild).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(relate).toHaveBeenCalledTimes(2);
    expect(rebuild).toHaveBeenCalledTimes(1);
    // The rebuild it asked for gets the exact lists, which replace what was shown.
    const exact = related.forModel(content(more), more);
    expect(paths(exact, story[0]!.path)).toContain(added.path);
    expect(related.keepShown(content(more))).toBe(true);
  });

  it("does not keep carried lists in place of exact ones waiting to be shown, and drops a computation a later save overtook", () => {
    const { relate, related } = withFakeTimers();
    related.forModel(content(story), story);
    const more = [...story, added];
    related.forModel(content(more), more);
    related.scheduleExact(content(more), more);
    vi.runAllTimers();
    expect(related.keepShown(content(more))).toBe(false);
    // A save before the exact lists are computed: that computation is dropped.
    const edited = [story[0]!, { ...story[1]!, source: "b2" }, added];
    related.forModel(content(edited), edited);
    related.scheduleExact(content(edited), edited);
    related.forModel(content(story), story);
    vi.runAllTimers();
    expect(relate).toHaveBeenCalledTimes(2);
  });
});
