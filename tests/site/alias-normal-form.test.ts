import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

// Aliases compared and written in one normal form (src/model/safe-url.ts checkSitePath): an escaped letter is
// the letter, "/café/" is "/caf%C3%A9/". Before, these passed check and were written raw, or broke the build.
const LONG = "a".repeat(300);

async function contentWith(articles: Record<string, string>): Promise<string> {
  const dir = join(await tempDir(), "content");
  cpSync(fixture("basic"), dir, { recursive: true });
  for (const [name, aliases] of Object.entries(articles)) {
    const list = aliases
      .split(" ")
      .map((a) => `  - "${a}"`)
      .join("\n");
    writeFileSync(
      join(dir, "articles/2020", `${name}.md`),
      `---\ntitle: ${name}\ndate: 2020-09-01\nsummary: s\naliases:\n${list}\n---\nBody.\n`,
    );
  }
  return dir;
}

// Claims on generated files are compared once every article passes on its own, so they are a second run.
let aliases: CliResult;
let claims: CliResult;
beforeAll(async () => {
  const run = async (articles: Record<string, string>) =>
    runCli(["check", "--content", await contentWith(articles)], await tempDir());
  [aliases, claims] = await Promise.all([
    run({ accented: "/café/", escaped: "/caf%C3%A9/", long: `/${LONG}/` }),
    run({
      hidden: "/%66eed.xml /%73earch/ /_%72edirects /%70agefind/pagefind.js /.newsdesk-output /._site.newsdesk.json",
    }),
  ]);
}, 60_000);

const errors = (result: CliResult) => result.stdout.split("\n").filter((line) => line.startsWith("articles/2020/"));
const OLD = "an alias must be an old address the site no longer has: remove it, or write the one readers used";

describe("aliases in their normal form", () => {
  it("check refuses an over-long segment, and one alias written two ways on two articles", () => {
    expect(aliases.code).toBe(1);
    expect(errors(aliases)).toEqual([
      "articles/2020/escaped.md:6:5 aliases: /caf%C3%A9/ is also an alias of articles/2020/accented.md — keep the alias on one article only",
      `articles/2020/long.md:6:5 aliases: /${LONG}/ has a segment of 300 bytes (${"a".repeat(24)}…), more than the 200 a file name may have — write a shorter address: hosts and file systems refuse longer ones`,
    ]);
  });

  it("check refuses escaped letters that spell newsdesk's own files, and its marker and manifest names", () => {
    expect(claims.code).toBe(1);
    expect(errors(claims)).toEqual([
      `articles/2020/hidden.md:6:5 aliases: /%66eed.xml is the file /feed.xml, which newsdesk makes itself — ${OLD}`,
      `articles/2020/hidden.md:7:5 aliases: /%73earch/ is the search page (/search/), which newsdesk makes itself — ${OLD}`,
      `articles/2020/hidden.md:8:5 aliases: /_%72edirects is the file /_redirects, which newsdesk makes itself — ${OLD}`,
      `articles/2020/hidden.md:9:5 aliases: /%70agefind/pagefind.js is inside /pagefind/, where newsdesk writes the search index — ${OLD}`,
      `articles/2020/hidden.md:10:5 aliases: /.newsdesk-output is /.newsdesk-output, where newsdesk writes the mark that lets a later build replace the folder — ${OLD}`,
      `articles/2020/hidden.md:11:5 aliases: /._site.newsdesk.json is /._site.newsdesk.json, where newsdesk writes the manifest of build --incremental — ${OLD}`,
    ]);
  });

  it("build writes the normal form into _redirects and the redirect page where hosts look for it", async () => {
    const content = await contentWith({ accented: "/café/ /%41bc/" });
    const out = join(await tempDir(), "site");
    expect((await runCli(["build", "--content", content, "--out", out], await tempDir())).code).toBe(0);
    const lines = readFileSync(join(out, "_redirects"), "utf8").split("\n");
    expect(lines.filter((line) => line.endsWith("/2020/09/accented/ 301"))).toEqual([
      "/caf%C3%A9/ /2020/09/accented/ 301",
      "/Abc/ /2020/09/accented/ 301",
    ]);
    expect(page(out, "/café/")('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2020/09/accented/");
    expect(existsSync(join(out, "Abc/index.html"))).toBe(true);
    expect(existsSync(join(out, "caf%C3%A9"))).toBe(false);
    expect((await runCli(["verify", "--out", out], await tempDir())).code).toBe(0);
  }, 60_000);
});
