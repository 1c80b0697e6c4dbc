import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { archiveFiles, writeArchiveFolder } from "../../bench/archive-folder.ts";
import { withInternalLinks } from "../../bench/internal-links.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { checkContent } from "../../src/build/pipeline.ts";
import type { Diagnostic } from "../../src/model/diagnostic.ts";
import { tempDir } from "../helpers/cli.ts";

const LINK = /\]\((\/[^)]*)\)/g;
const internal = (body: string) => [...body.matchAll(LINK)].map((m) => m[1]!);

describe("withInternalLinks", () => {
  const articles = syntheticArchive({ articles: 200, seed: 4 });
  const linked = withInternalLinks(articles, 30, 4);

  it("adds 2 to 6 links to other articles to each body, 30 % of them (rounded down) to no page", () => {
    const paths = new Set(articles.map((a) => a.path));
    const links = linked.flatMap((a) => internal(a.body));
    const counts = linked.map((a) => internal(a.body).length);
    expect([Math.min(...counts), Math.max(...counts)]).toEqual([2, 6]);
    expect(links.filter((href) => !paths.has(href)).length).toBe(Math.floor((links.length * 30) / 100));
  });

  it("writes the dead ones as old addresses of existing articles and as pages that never were, in turn", () => {
    const paths = new Set(articles.map((a) => a.path));
    const shapes = new Map<string, number>();
    for (const href of linked.flatMap((a) => internal(a.body)).filter((h) => !paths.has(h))) {
      const shape = href
        .replace(/\/\d{4}\/\d\d\/\d\d\//, "/YYYY/MM/DD/")
        .replace(/\/\d{4}\/\d\d\//, "/YYYY/MM/")
        .replace(/[a-z]+-gone/, "NEVER")
        .replace(/[a-z0-9-]+-\d+/, "SLUG");
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
    expect(Object.fromEntries(shapes)).toEqual({
      "/news/YYYY/MM/DD/SLUG/": 41,
      "/YYYY/MM/SLUG.html": 42,
      "/news/SLUG.html": 42,
      "/news/YYYY/MM/DD/NEVER/": 41,
      "/about/NEVER/": 41,
      "/YYYY/MM/SLUG-draft-copy/": 41,
    });
  });

  it("leaves the articles given and the archive without dead links as they were", () => {
    expect(linked.map((a) => a.body.startsWith(articles[linked.indexOf(a)]!.body))).not.toContain(false);
    expect(archiveFiles({ articles: 50, seed: 4 }).files).toEqual(archiveFiles({ articles: 50, seed: 4 }).files);
    expect(
      internal(
        archiveFiles({ articles: 50, seed: 4 })
          .articles.map((a) => a.body)
          .join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("an archive with 30 % dead internal links, checked by newsdesk", () => {
  let problems: Diagnostic[];
  let links: string[];
  beforeAll(async () => {
    const dir = await tempDir();
    const archive = await writeArchiveFolder(dir, { articles: 120, seed: 2, deadLinks: 30 });
    links = archive.articles.flatMap((a) => internal(a.body));
    const checked = await checkContent(dir, DateTime.fromISO("2100-01-01T00:00:00Z"), false);
    problems = checked.diagnostics.filter((d) => d.field === "body");
  });

  it("warns about each dead link, and names the article for every old address of one", () => {
    expect(problems.length).toBe(Math.floor((links.length * 30) / 100));
    const old = problems.filter((d) => !/-gone\/|-draft-copy\//.test(d.message));
    expect(old.length).toBeGreaterThan(0);
    for (const d of old) {
      const slug = /\/([a-z0-9-]+)(?:\.html|\/)? leads/.exec(d.message)![1]!;
      expect(d.suggestion, d.message).toMatch(new RegExp(`^did you mean /\\d{4}/\\d\\d/${slug}/\\?$`));
    }
    const unknown = problems.filter((d) => /-gone\/|-draft-copy\//.test(d.message));
    expect(new Set(unknown.map((d) => d.suggestion))).toEqual(new Set(["link to an article as /YYYY/MM/slug/"]));
  });
});
