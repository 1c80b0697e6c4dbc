import { resolve } from "node:path";
import { formatReport } from "./report.ts";
import { CONTENT_OPTIONS, parseOptions, wholeNumber } from "./args.ts";
import { createEleventy } from "./eleventy.ts";

/** `newsdesk serve`: Eleventy's development server with live reload; drafts and scheduled articles shown with a banner. */
export async function serve(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    port: { type: "string" },
    out: { type: "string", default: "_site" },
  });
  const port = wholeNumber(values.port, "port", 8080);
  const eleventy = await createEleventy(resolve(values.out), {
    contentDir: resolve(values.content),
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
  }, "serve");
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  console.log(`newsdesk is serving ${values.content} at http://localhost:${port}/ — edits reload the page; Ctrl+C stops.`);
  return new Promise<number>(() => {});
}
