import { spawn, type ChildProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, tempDir } from "../helpers/cli.ts";

const PORT = 18_000 + (process.pid % 1000);
let server: ChildProcess;
let content: string;
let site: string;
let log = "";

/** Fetches a page until `test` accepts it, for at most `seconds`. */
async function poll(path: string, test: (body: string) => boolean, seconds = 20): Promise<string> {
  let last = "";
  for (
    const started = Date.now();
    Date.now() - started < seconds * 1000;
    await new Promise((r) => setTimeout(r, 250))
  ) {
    try {
      last = await (await fetch(`http://127.0.0.1:${PORT}${path}`)).text();
      if (test(last)) return last;
    } catch {
      // The server is not listening yet.
    }
  }
  throw new Error(
    `no matching page at ${path} after ${seconds} s; last body:\n${last.slice(0, 500)}\nserver log:\n${log}`,
  );
}

beforeAll(async () => {
  const root = await tempDir();
  content = join(root, "content");
  site = join(root, "site");
  cpSync(fixture("basic"), content, { recursive: true });
  // A build --incremental's manifest of the same folder: serve overwrites that build's files with previews.
  writeFileSync(join(root, ".site.newsdesk.json"), "{}\n");
  server = spawn(
    process.execPath,
    // Seven pages a write: the first build and any save that changes more pages take several writes.
    [
      join(ROOT, "bin/newsdesk.js"),
      "serve",
      "--content",
      content,
      "--out",
      site,
      "--port",
      String(PORT),
      "--batch",
      "7",
    ],
    { cwd: ROOT },
  );
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  await poll("/", (body) => body.includes("Fixture Desk"), 60);
});

afterAll(() => {
  server?.kill("SIGTERM");
});

/** The status of a GET of `path` sent exactly as written (no URL normalising), or the connection's error code. */
function rawGet(path: string, port = PORT): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted (within 3 s). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

describe("newsdesk serve is private and cannot be knocked over", () => {
  it("listens on 127.0.0.1 only: this machine's other addresses, IPv6 loopback included, are refused", async () => {
    expect(log).toContain(`at http://127.0.0.1:${PORT}/`);
    expect(await accepts("127.0.0.1", PORT)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.address.startsWith("127.") && !a.address.startsWith("fe80:"));
    expect(others.map((a) => a!.address)).toContain("::1");
    for (const address of others) expect(await accepts(address!.address, PORT), address!.address).toBe(false);
  });

  it("answers malformed requests with 400 and goes on serving", async () => {
    const paths = ["/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/%zz", "/%E0%A4%A", "/a%00b"];
    paths.push(`/${"a".repeat(5_000)}`);
    for (const path of paths) {
      expect(await rawGet(path), path.slice(0, 40)).toBe(400);
    }
    expect(await rawGet("/")).toBe(200);
    expect(server.exitCode).toBe(null);
    expect(log).not.toContain("Invalid path");
  });

  it("answers 404 for a symbolic link planted in --out, to a file or a folder outside it, and goes on", async () => {
    const outside = await tempDir();
    writeFileSync(join(outside, "secret.txt"), "not for the preview");
    mkdirSync(join(outside, "folder"));
    writeFileSync(join(outside, "folder/index.html"), "<p>not for the preview</p>");
    symlinkSync(join(outside, "secret.txt"), join(site, "secret-link"));
    symlinkSync(join(outside, "folder"), join(site, "folder-link"));
    try {
      for (const path of ["/secret-link", "/folder-link/", "/folder-link/index.html", "/folder-link"]) {
        expect(await rawGet(path), path).toBe(404);
      }
      expect(await rawGet("/")).toBe(200);
    } finally {
      rmSync(join(site, "secret-link"));
      rmSync(join(site, "folder-link"));
    }
  });

  it("takes the next port when the asked one is busy and prints it; --host shares it, with a warning", async () => {
    const root = await tempDir();
    cpSync(fixture("basic"), join(root, "content"), { recursive: true });
    const folders = ["--content", join(root, "content"), "--out", join(root, "site")];
    const args = ["serve", ...folders, "--port", String(PORT), "--host", "0.0.0.0"];
    const second = spawn(process.execPath, [join(ROOT, "bin/newsdesk.js"), ...args], { cwd: ROOT });
    let printed = "";
    second.stdout?.on("data", (d) => (printed += d));
    second.stderr?.on("data", (d) => (printed += d));
    try {
      const waiting = () => !printed.includes("newsdesk is serving") && second.exitCode === null;
      for (const started = Date.now(); waiting() && Date.now() - started < 60_000;) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(printed).toContain(`[newsdesk] port ${PORT} is in use, so serve took port ${PORT + 1}.`);
      expect(printed).toContain(`at http://localhost:${PORT + 1}/`);
      expect(printed).toContain(
        "[newsdesk] warning: --host 0.0.0.0 shares this preview with every machine that can reach it: drafts, " +
          "scheduled and embargoed stories are visible there.",
      );
      expect(await rawGet("/", PORT + 1)).toBe(200);
    } finally {
      second.kill("SIGTERM");
    }
  });
});

describe("newsdesk serve", () => {
  it("removes the manifest of a build into the same folder, so build --incremental reuses none of the previews", () => {
    expect(existsSync(join(site, "..", ".site.newsdesk.json"))).toBe(false);
  });

  it("shows drafts and scheduled articles with a visible banner", async () => {
    const draft = await poll("/2021/03/draft/", (b) => b.includes("<h1>"));
    expect(draft).toContain("DRAFT — not published");
    const scheduled = await poll("/2099/01/future/", (b) => b.includes("<h1>"));
    expect(scheduled).toContain("SCHEDULED — publishes");
  });

  it("writes the search index after the pages, without holding back the reload", async () => {
    const entry = JSON.parse(await poll("/pagefind/pagefind-entry.json", (b) => b.startsWith("{"), 60)) as {
      languages: Record<string, { page_count: number }>;
    };
    // The fixture's six published articles: drafts and scheduled articles are never indexed, not even in serve.
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(6);
    expect(log).not.toContain("the search index was not written");
  });

  it("writes the first build, and a save that changes every page, seven pages a write, leaving none behind", async () => {
    const firstBuild = log.slice(0, log.indexOf("Watching"));
    expect(firstBuild.match(/Wrote \d+ files/g)!.length).toBeGreaterThanOrEqual(3);
    const pages = () =>
      (readdirSync(site, { recursive: true }) as string[])
        .filter((f) => f.endsWith(".html"))
        .map((f) => readFileSync(join(site, f), "utf8"));
    const titled = pages().filter((page) => page.includes("Fixture Desk")).length;
    expect(titled).toBeGreaterThan(20);
    const settings = join(content, "_data/site.yaml");
    const before = readFileSync(settings, "utf8");
    writeFileSync(settings, before.replace("title: Fixture Desk", "title: Fixture Newsroom"));
    try {
      for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 250)))
        if (pages().filter((page) => page.includes("Fixture Newsroom")).length === titled) break;
      expect(pages().filter((page) => page.includes("Fixture Newsroom")).length).toBe(titled);
    } finally {
      writeFileSync(settings, before);
    }
    await poll("/", (body) => body.includes("Fixture Desk"));
  });

  it("shows an article under TLP:AMBER with a banner that says it is never published", async () => {
    const file = join(content, "articles/2021/amber-briefing.md");
    writeFileSync(
      file,
      "---\ntitle: Amber briefing\ndate: 2021-02-03\nsummary: For recipients.\ntlp: AMBER\n---\n\nBody.\n",
    );
    const amber = await poll("/2021/02/amber-briefing/", (b) => b.includes("<h1>Amber briefing"));
    expect(amber).toContain("TLP:AMBER — never published: check and build refuse this article");
    rmSync(file);
    await poll("/", (b) => !b.includes("/2021/02/amber-briefing/"));
  });

  it("survives a broken file: the error shows in the terminal and in the browser, and fixing it recovers", async () => {
    const file = join(content, "articles/2020/amaq.md");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace("date: 2020-01-10", "date: 2020-02-30"));
    const broken = await poll("/2020/01/amaq/", (b) => b.includes("cannot build the site"));
    expect(broken).toContain("articles/2020/amaq.md:3:1");
    expect(broken).toContain("2020-02-30 does not exist: February 2020 has 29 days");
    expect(log).toContain("articles/2020/amaq.md:3:1 date: 2020-02-30 does not exist");
    writeFileSync(file, good.replace("title: Amaq servers seized", "title: Amaq servers seized again"));
    const fixed = await poll("/2020/01/amaq/", (b) => b.includes("Amaq servers seized again"));
    expect(fixed).not.toContain("cannot build the site");
    expect(server.exitCode).toBe(null);
    // A save rewrites only the files whose text changed: the about page names no article and stays as it was.
    const about = statSync(join(site, "about/index.html")).mtimeMs;
    const article = statSync(join(site, "2020/01/amaq/index.html")).mtimeMs;
    writeFileSync(file, good.replace("title: Amaq servers seized", "title: Amaq servers seized twice"));
    await poll("/2020/01/amaq/", (b) => b.includes("Amaq servers seized twice"));
    expect(statSync(join(site, "2020/01/amaq/index.html")).mtimeMs).toBeGreaterThan(article);
    expect(statSync(join(site, "about/index.html")).mtimeMs).toBe(about);
  });

  it("rewrites only the pages that show an edited article, and lists a new one with its related articles", async () => {
    const lonely = statSync(join(site, "2021/02/lonely/index.html")).mtimeMs;
    const agency = statSync(join(site, "agencies/federal-bureau-of-investigation/index.html")).mtimeMs;
    const file = join(content, "articles/2019/fbi-and-ec3.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "title: FBI and EC3 act together",
        "title: FBI and EC3 act together once more",
      ),
    );
    await poll("/agencies/federal-bureau-of-investigation/", (b) => b.includes("FBI and EC3 act together once more"));
    expect(statSync(join(site, "agencies/federal-bureau-of-investigation/index.html")).mtimeMs).toBeGreaterThan(agency);
    expect(statSync(join(site, "2021/02/lonely/index.html")).mtimeMs).toBe(lonely);

    // A new article: its page and the lists at once; related lists (its own, and the older story's) right after.
    writeFileSync(
      join(content, "articles/2021/botnet-follow-up.md"),
      "---\ntitle: FBI and EC3 take down a second botnet\ndate: 2021-04-01\nsummary: A follow-up.\nagencies: [FBI, EC3]\ncountries: [United States]\ntopics: [botnets]\n---\n\nThe FBI and EC3 took down another botnet.\n",
    );
    await poll("/", (b) => b.includes("FBI and EC3 take down a second botnet"));
    const own = await poll("/2021/04/botnet-follow-up/", (b) => b.includes('id="related-heading"'));
    expect(own).toContain('href="/2019/03/fbi-and-ec3/"');
    await poll("/2019/03/fbi-and-ec3/", (b) => b.includes('href="/2021/04/botnet-follow-up/"'));
    expect(log).toContain("related articles recomputed");
  });

  it("takes a deleted article off every list and out of the preview folder without another save", async () => {
    await poll("/", (b) => b.includes("/2021/04/botnet-follow-up/"));
    expect(existsSync(join(site, "2021/04/botnet-follow-up/index.html"))).toBe(true);
    rmSync(join(content, "articles/2021/botnet-follow-up.md"));
    await poll("/", (b) => !b.includes("/2021/04/botnet-follow-up/"));
    await poll("/agencies/federal-bureau-of-investigation/", (b) => !b.includes("second botnet"));
    // Its page, and the folders only it was in, are gone: the preview serves no page a build would not write.
    expect(existsSync(join(site, "2021/04"))).toBe(false);
    expect(existsSync(join(site, "2021/02/lonely/index.html"))).toBe(true);
  });

  it("keeps serving newsdesk's own pages when a static page or an alias claims one of them, and names the claim", async () => {
    const page = join(content, "pages/search.md");
    const file = join(content, "articles/2020/amaq.md");
    const good = readFileSync(file, "utf8");
    writeFileSync(page, "---\ntitle: Search clash\n---\n\nA page on the search page's address.\n");
    writeFileSync(file, good.replace("date: 2020-01-10", 'date: 2020-01-10\naliases: ["/feed.xml", "/about/"]'));
    await poll("/2020/01/amaq/", () => log.includes("pages/search.md:1:1 file: /search/ is the search page"));
    expect(log).toContain("aliases: /feed.xml is the file /feed.xml, which newsdesk makes itself");
    expect(log).toContain("aliases: /about/ is also the address of the page pages/about.md");
    expect(log).not.toContain("Output conflict");
    expect(await poll("/search/", (b) => b.includes("<title>Search — Fixture Desk"))).not.toContain(
      "A page on the search",
    );
    expect(await poll("/feed.xml", (b) => b.startsWith("<?xml"))).toContain("<feed");
    expect(await poll("/about/", (b) => b.includes("<title>About"))).not.toContain("Redirecting");
    rmSync(page);
    writeFileSync(file, good);
    await poll("/2020/01/amaq/", (b) => b.includes("Amaq servers seized") && !b.includes("cannot build the site"));
    expect(server.exitCode).toBe(null);
  });
});

describe("newsdesk serve when the content folder goes away", () => {
  it("shows the problem while it is away, and watches and builds it again once it is back", async () => {
    renameSync(content, `${content}-away`);
    await poll("/2020/01/amaq/", (b) => b.includes("the content folder does not exist"));
    renameSync(`${content}-away`, content);
    await poll("/2020/01/amaq/", (b) => b.includes("<h1>") && !b.includes("cannot build the site"));
    const file = join(content, "articles/2020/amaq.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/title: .*/, "title: Amaq servers seized after the move"));
    await poll("/2020/01/amaq/", (b) => b.includes("Amaq servers seized after the move"));
    expect(server.exitCode).toBe(null);
  });
});
