import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { load } from "cheerio";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { STARTER_TITLE } from "../../src/cli/init-content.ts";
import { ROOT, tempDir, type CliResult } from "../helpers/cli.ts";
import { fileFor } from "../helpers/site.ts";

// The user's environment, less what `npm test` sets for its own scripts: the packing and installing below are
// done as at a terminal. The Node.js running the tests comes first on PATH, so the installed bin runs on it too.
const ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
  NO_COLOR: "1",
};
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function run(command: string, args: readonly string[], cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...ENV, ...extra }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A command's result, or an error with what it printed. */
async function ok(command: string, args: readonly string[], cwd: string): Promise<CliResult> {
  const result = await run(command, args, cwd);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

let packed: string[];
let install: string;
let newsdesk: string;

// One pack and one install for the file: the tarball npm would publish, installed in an empty folder.
beforeAll(async () => {
  const packs = await tempDir("newsdesk-pack-");
  const pack = await ok("npm", ["pack", "--json", "--pack-destination", packs], ROOT);
  const [entry] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = entry!.files.map((f) => f.path).sort();
  install = await tempDir("newsdesk-install-");
  await ok("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(packs, entry!.filename)], install);
  newsdesk = join(install, "node_modules/.bin/newsdesk");
}, 600_000);

describe("the npm package", () => {
  it("holds what the command runs from, and no tests, fixtures, sample content or CI files", () => {
    expect([...new Set(packed.map((path) => path.split("/")[0]))].sort()).toEqual([
      ".eleventy.ts",
      ".htmlvalidate.json",
      "README.md",
      "SECURITY.md",
      "bin",
      "layouts",
      "package.json",
      "schema",
      "src",
      "tsconfig.json",
    ]);
    expect(packed).toContain("bin/newsdesk.js");
    expect(packed).toContain("layouts/pages/README.md");
    expect(packed).toContain("src/search/index-worker.mjs");
    expect(
      packed.filter(
        (path) => /(^|\/)(tests?|fixtures|bench)\/|BENCHMARKS|\.test\.ts$/.test(path) && !path.startsWith("src/bench/"),
      ),
    ).toEqual([]);
  });

  it("installs the newsdesk command, with which init, check and build work in the install's folder", async () => {
    expect(
      (JSON.parse(readFileSync(join(install, "node_modules/newsdesk/package.json"), "utf8")) as { version: string })
        .version,
    ).toBe(VERSION);
    const init = await run(newsdesk, ["init", "site"], install);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const site = join(install, "site");
    expect(
      (JSON.parse(readFileSync(join(site, "package.json"), "utf8")) as { dependencies: object }).dependencies,
    ).toEqual({ newsdesk: `^${VERSION}` });

    const check = await run(newsdesk, ["check", "--strict"], site);
    expect(check.stdout).toBe("0 errors, 0 warnings\n1 articles checked.\n");
    expect(check.code).toBe(0);

    const out = join(await tempDir(), "site");
    const build = await run(newsdesk, ["build", "--out", out, "--quiet"], site);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);

    // The article's address comes from its date: /YYYY/MM/slug/.
    const file = /^ {2}site\/(content\/articles\/\d{4}\/how-this-archive-works\.md)$/m.exec(init.stdout)?.[1];
    expect(file).toBeDefined();
    const [, year, month] = /^date: (\d{4})-(\d{2})-\d{2}$/m.exec(readFileSync(join(site, file!), "utf8")) ?? [];
    const path = `/${year}/${month}/how-this-archive-works/`;
    const home = load(readFileSync(fileFor(out, "/"), "utf8"));
    expect(home(`main a[href="${path}"]`).first().text().trim()).toBe(STARTER_TITLE);
    const article = load(readFileSync(fileFor(out, path), "utf8"));
    expect(article("h1").text().trim()).toBe(STARTER_TITLE);
    expect(article("title").text()).toBe(`${STARTER_TITLE} — News archive`);
  });

  it("runs the written publish workflow's check, build and verify with the installed newsdesk", async () => {
    expect((await run(newsdesk, ["init", "workflow-site"], install)).code).toBe(0);
    const site = join(install, "workflow-site");
    const workflow = parse(readFileSync(join(site, ".github/workflows/publish.yml"), "utf8")) as {
      jobs: { build: { steps: { name?: string; run?: string }[] } };
    };
    const steps = workflow.jobs.build.steps;
    expect(steps.find((s) => s.name === "Install")?.run).toBe("npm ci --no-audit --no-fund");
    // What GitHub's Pages configuration would hand the build.
    const pages: Record<string, string> = {
      "steps.pages.outputs.origin": "https://newsroom.github.io",
      "steps.pages.outputs.base_path": "/archive",
    };
    for (const name of ["Check content", "Build", "Verify"]) {
      const command = steps.find((s) => s.name === name)?.run;
      expect(command, name).toMatch(/^npm run -s /);
      // The site has no node_modules of its own: npm finds the install's, in the folder above, as it finds its own.
      const result = await run(
        "bash",
        ["-eo", "pipefail", "-c", command!.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => pages[key]!)],
        site,
      );
      expect(result.code, `${name}: ${result.stdout}${result.stderr}`).toBe(0);
    }
    const home = load(readFileSync(join(site, "_site/index.html"), "utf8"));
    expect(home('link[rel="canonical"]').attr("href")).toBe("https://newsroom.github.io/archive/");
    expect((JSON.parse(readFileSync(join(site, "build-report.json"), "utf8")) as { articles: number }).articles).toBe(
      1,
    );
    expect(existsSync(join(site, "._site.newsdesk.json"))).toBe(true);
  });

  it("ships no benchmark: bench is the repository's (npm run bench), and the installed command says so in one line", async () => {
    const result = await run(newsdesk, ["bench"], install);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "newsdesk bench: the benchmark comes with newsdesk's repository, not the installed package: run npm run bench in a checkout\n",
    );
    expect(existsSync(join(install, "node_modules/newsdesk/bench"))).toBe(false);
  });
});
