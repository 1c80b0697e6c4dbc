import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";

// tests/fixtures/unsafe-urls: every source of a URL (entities.yaml url, front-matter image and aliases, site.yaml
// url and pathPrefix) with values that passed check before and became a live javascript: link, a wildcard in
// _redirects, a broken build or a crash of verify.
const EXPECTED = [
  "_data/entities.yaml:5:5 agencies.url: url is a javascript: URL, and only http(s) URLs are allowed (write an absolute http(s) URL such as https://www.example.org/)",
  "_data/entities.yaml:7:5 agencies.url: url contains a space, tab, newline or control character (write an absolute http(s) URL such as https://www.example.org/)",
  "_data/entities.yaml:9:5 agencies.url: url has no scheme (//host is read as whatever the page uses) (write an absolute http(s) URL such as https://www.example.org/)",
  "_data/site.yaml:2:1 url: url carries a user name or password — remove the user:password@ part",
  "_data/site.yaml:7:1 pathPrefix: pathPrefix has a '..' segment — write the prefix like /news/ (letters, digits, - _ ~ . only)",
  "articles/2024/aliases.md:6:5 aliases: /./dot/ has a '.' segment — write it as /dot/",
  "articles/2024/aliases.md:7:5 aliases: /* has a wildcard * — write each old address in full: hosts read it as a pattern that takes other pages too",
  "articles/2024/aliases.md:8:5 aliases: /:year/:slug has a placeholder segment ':year' — write each old address in full: hosts read it as a pattern that takes other pages too",
  "articles/2024/aliases.md:9:5 aliases: /old%zz/ has a % that is not a percent escape like %C3%A9 — write % as %25, or the character itself",
  "articles/2024/aliases.md:10:5 aliases: /%2e%2e/up/ has an encoded '.' (%2e) — write the address without encoded . / \\ * : ? # or %",
  "articles/2024/aliases.md:11:5 aliases: /a%2fb/ has an encoded '/' (%2f) — write the address without encoded . / \\ * : ? # or %",
  "articles/2024/case-alias.md:6:5 aliases: /2024/05/Foo/ differs only in case from /2024/05/foo/, the address of articles/2024/foo.md — an alias must be an address no article has, in any case",
  "articles/2024/data-image.md:5:1 image: image is a data: URL, and only http(s) URLs are allowed — write an absolute http(s) URL such as https://www.example.org/",
  "articles/2024/escaping-image.md:5:1 image: image has a '..' segment that would leave the content folder — write a path inside the content folder such as images/harbour.jpg, or an https:// URL",
  "articles/2024/file-image.md:5:1 image: image is a file: URL, and only http(s) URLs are allowed — write an absolute http(s) URL such as https://www.example.org/",
  "articles/2024/host-image.md:5:1 image: image has no scheme (//host is read as whatever the page uses) — write an absolute http(s) URL such as https://www.example.org/",
  "articles/2024/javascript-image.md:5:1 image: image is a javascript: URL, and only http(s) URLs are allowed — write an absolute http(s) URL such as https://www.example.org/",
];

let check: CliResult;
beforeAll(async () => {
  check = await runCli(["check", "--content", fixture("unsafe-urls")], await tempDir());
});

describe("every URL from content passes one validator", () => {
  it("check refuses each unsafe URL at its file, line and field, with the fix", () => {
    expect(check.code).toBe(1);
    const errors = check.stdout.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(errors).toEqual(EXPECTED);
  });

  it("build refuses the same, before anything is written", async () => {
    const out = join(await tempDir(), "site");
    const build = await runCli(["build", "--content", fixture("unsafe-urls"), "--out", out]);
    expect(build.code).toBe(1);
    for (const line of EXPECTED) expect(`${build.stdout}${build.stderr}`).toContain(line);
    expect(existsSync(out)).toBe(false);
  });
});

// Refused before anything is built, through the same validator (tests/unit/model/safe-url.test.ts has every case).
const FLAG_CASES: [string[], string][] = [
  [
    ["--base-url", "javascript:alert(1)"],
    `--base-url "javascript:alert(1)" is a javascript: URL, and only http(s) URLs are allowed: write it like https://news.example.org`,
  ],
  [
    ["--base-url", "https://user:pw@news.example"],
    `--base-url "https://user:pw@news.example" carries a user name or password: remove the user:password@ part`,
  ],
  [
    ["--base-url", 'https://fixture.example/"><svg/onload=alert(document.domain)>'],
    `--base-url "https://fixture.example/\\"><svg/onload=alert(document.domain)>" has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes: write the path plainly, like https://example.org/news`,
  ],
  [
    ["--base-url", "https://fixture.example/$'"],
    `--base-url "https://fixture.example/$'" has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes: write the path plainly, like https://example.org/news`,
  ],
  [
    ["--base-url", "https://News.Example"],
    `--base-url "https://News.Example" is not written as browsers write it (https://news.example/): write it as https://news.example`,
  ],
  [
    ["--base-url", "https://\u0435xample.com"],
    `--base-url "https://\u0435xample.com" has a host with letters outside ASCII ('\u0435xample.com'): write the host as browsers resolve it: xn--xample-2of.com`,
  ],
  [
    ["--path-prefix", "../x"],
    `--path-prefix "../x" has a '..' segment: write the prefix like /news/ (letters, digits, - _ ~ . only)`,
  ],
];

describe("--base-url and --path-prefix", () => {
  it("are usage errors (exit 2) naming the flag, the value and the fix, before anything is written", async () => {
    const results = await Promise.all(
      FLAG_CASES.map(async ([flags]) => {
        const dir = await tempDir();
        const out = join(dir, "site");
        const result = await runCli(["build", "--content", fixture("basic"), "--out", out, ...flags], dir);
        return { code: result.code, message: result.stderr.split("\n")[0], written: existsSync(out) };
      }),
    );
    expect(results).toEqual(
      FLAG_CASES.map(([, message]) => ({ code: 2, message: `newsdesk build: ${message}`, written: false })),
    );
  });
});
