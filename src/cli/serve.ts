import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { formatReport } from "./check-report.ts";
import { CONTENT_OPTIONS, parseOptions, wholeNumber } from "./args.ts";
import { listenOn } from "./dev-server.ts";
import { EleventyWatch, createEleventy } from "./eleventy.ts";
import { claimServeFolder } from "./output-folder.ts";
import { Refused } from "./refused.ts";
import { freePortFrom, isLoopback, urlHost } from "./serve-port.ts";
import { modifiedSince } from "../content/files.ts";
import { manifestPath } from "../site/reserved-paths.ts";
import { SERVE_WRITE_SIZE } from "../build/serve-session.ts";

/** serve's address when --host is not given: this machine alone, since the preview shows unpublished stories. */
export const DEFAULT_HOST = "127.0.0.1";

/** `newsdesk serve`: Eleventy's development server with live reload; drafts and scheduled articles shown with a banner. */
export async function serve(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    port: { type: "string" },
    host: { type: "string", default: DEFAULT_HOST },
    out: { type: "string", default: "_site" },
    batch: { type: "string" },
  });
  const asked = wholeNumber(values.port, "port", 8080);
  const writeSize = wholeNumber(values.batch, "batch", SERVE_WRITE_SIZE);
  const host = values.host;
  if (host.trim() === "") {
    throw new Refused(
      "--host is empty, which would listen on every interface: leave --host out to keep the preview on this " +
        "machine, or name an address such as 0.0.0.0 to share it",
    );
  }
  if (resolve(values.out).includes("%")) {
    // Eleventy's dev server decodes the whole file path, --out's own included: every request would fail or miss.
    throw new Refused(
      `--out '${values.out}' has a '%' in it, which the preview server cannot serve from: name a folder without ` +
        "one, such as _site",
    );
  }
  // The plugin's own reasons to rebuild (related articles recomputed after a save, pages still queued to write) go
  // through Eleventy's watcher. The first build asks for neither: it writes its queued pages itself (below).
  let watch: EleventyWatch | undefined = undefined;
  const firstBuild = { written: false, watched: false };
  const contentDir = resolve(values.content);
  const out = await claimServeFolder(values.out, { contentDir });
  // The port is found before the first build, so that the previews' absolute links carry the one really served.
  let port = await freePortFrom(host, asked);
  // serve writes previews (drafts, scheduled articles, localhost addresses) over what a build wrote in the same
  // folder: the build's manifest no longer describes it, and build --incremental must not reuse any of it.
  await rm(manifestPath(out), { force: true });
  const eleventy = await createEleventy(
    out,
    {
      contentDir,
      drafts: true,
      future: true,
      preview: true,
      baseUrl: `http://${isLoopback(host) ? "localhost" : urlHost(host)}:${port}`,
      pathPrefix: "/",
      onLoaded: (diagnostics) => {
        if (diagnostics.length > 0) console.error(formatReport(diagnostics));
        else console.log(`[newsdesk] ${new Date().toLocaleTimeString()} content is clean`);
      },
      // The search index is written after the pages have reloaded; a failure is reported, the preview goes on.
      onBackground: (work) =>
        void work.catch((error: Error) =>
          console.error(`[newsdesk] the search index was not written: ${error.message}`),
        ),
      requestRebuild: (reason) => watch?.rebuild(reason),
      firstBuild,
      writeSize,
    },
    "serve",
  );
  const started = Date.now();
  await eleventy.init();
  // The first build is written as build writes it, a write's worth of pages at a time (src/build/build-options.ts).
  do await eleventy.write();
  while (!firstBuild.written);
  await eleventy.watch();
  watch = EleventyWatch.of(eleventy);
  // Deleted articles and a content folder moved away and back are rebuilt for (src/cli/eleventy.ts).
  watch?.follow(contentDir);
  // A large archive's first build and watcher take a while; a file saved meanwhile was seen by neither.
  watch?.changed(await modifiedSince(contentDir, started));
  try {
    port = await listenOn(eleventy, host, port, out);
  } catch (error) {
    // The watcher would keep the process alive after the refusal is printed.
    await eleventy.stopWatch();
    throw error;
  }
  if (port !== asked) console.log(`[newsdesk] port ${asked} is in use, so serve took port ${port}.`);
  const address = `http://${urlHost(host)}:${port}/`;
  // The warning comes before the address line, so whoever waits for that line has seen it.
  if (!isLoopback(host)) {
    console.log(
      `[newsdesk] warning: --host ${host} shares this preview with every machine that can reach it: drafts, ` +
        "scheduled and embargoed stories are visible there. Leave --host out to keep it on this machine.",
    );
  }
  console.log(`newsdesk is serving ${values.content} at ${address} — edits reload the page; Ctrl+C stops.`);
  return new Promise<number>(() => {});
}
