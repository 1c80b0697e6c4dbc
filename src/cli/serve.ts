import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { formatReport } from "./report.ts";
import { CONTENT_OPTIONS, parseOptions, wholeNumber } from "./args.ts";
import { createEleventy } from "./eleventy.ts";
import { modifiedSince } from "../content/files.ts";
import { RELATED_RECOMPUTED } from "../plugin.ts";
import { manifestPath } from "../site/incremental.ts";

/** Eleventy's file watcher (chokidar), as serve uses it. */
interface Watcher {
  emit(event: string, path: string): unknown;
  on(event: string, listener: (path: string) => void): unknown;
}

/** `newsdesk serve`: Eleventy's development server with live reload; drafts and scheduled articles shown with a banner. */
export async function serve(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    port: { type: "string" },
    out: { type: "string", default: "_site" },
  });
  const port = wholeNumber(values.port, "port", 8080);
  // Eleventy rebuilds when its watcher reports a change; the plugin's own reason to rebuild (related articles
  // recomputed after a save) goes through the same watcher, so it queues behind any save like one.
  let watcher: Watcher | undefined;
  const contentDir = resolve(values.content);
  // serve writes previews (drafts, scheduled articles, localhost addresses) over what a build wrote in the same
  // folder: the build's manifest no longer describes it, and build --incremental must not reuse any of it.
  await rm(manifestPath(resolve(values.out)), { force: true });
  const eleventy = await createEleventy(resolve(values.out), {
    contentDir,
    drafts: true,
    future: true,
    preview: true,
    baseUrl: `http://localhost:${port}`,
    pathPrefix: "/",
    onLoaded: (diagnostics) => {
      if (diagnostics.length > 0) console.error(formatReport(diagnostics));
      else console.log(`[newsdesk] ${new Date().toLocaleTimeString()} content is clean`);
    },
    // The search index is written after the pages have reloaded; a failure is reported, the preview goes on.
    onBackground: (work) => void work.catch((error: Error) => console.error(`[newsdesk] the search index was not written: ${error.message}`)),
    requestRebuild: () => watcher?.emit("change", RELATED_RECOMPUTED),
  }, "serve");
  const started = Date.now();
  await eleventy.init();
  await eleventy.watch();
  watcher = (eleventy as unknown as { watcher?: Watcher }).watcher;
  // Eleventy rebuilds on a change or an addition, not on a deletion: a deleted article is a change here too.
  watcher?.on("unlink", (path) => watcher?.emit("change", path));
  // A large archive's first build and watcher take a while; a file saved meanwhile was seen by neither.
  for (const path of await modifiedSince(contentDir, started)) watcher?.emit("change", path);
  await eleventy.serve(port);
  console.log(`newsdesk is serving ${values.content} at http://localhost:${port}/ — edits reload the page; Ctrl+C stops.`);
  return new Promise<number>(() => {});
}
