import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { writeAtomically } from "./atomic.ts";
import { ContentError, type Diagnostic } from "../content/diagnostics.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { createEleventy, findCause } from "./eleventy.ts";
import { formatReport } from "./report.ts";

/** `newsdesk build`: renders into a temporary folder beside --out and swaps it in only when all succeeded. */
export async function build(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    out: { type: "string", default: "_site" },
    "base-url": { type: "string" },
    "path-prefix": { type: "string" },
    drafts: { type: "boolean", default: false },
    future: { type: "boolean", default: false },
    now: { type: "string" },
    quiet: { type: "boolean", default: false },
  });
  const contentDir = resolve(values.content);
  const out = resolve(values.out);
  if (out === contentDir || !relative(contentDir, out).startsWith("..") || !relative(out, contentDir).startsWith("..")) {
    throw new UsageError("--out must be outside the content folder, and the content folder outside --out");
  }
  if (values["base-url"] && !/^https?:\/\/[^\s]+$/.test(values["base-url"])) {
    throw new UsageError(`--base-url must be an absolute http(s) URL, not '${values["base-url"]}'`);
  }
  const started = performance.now();
  let diagnostics: readonly Diagnostic[] = [];
  let pages = 0;
  const options = {
    contentDir,
    drafts: values.drafts,
    future: values.future,
    baseUrl: values["base-url"],
    pathPrefix: values["path-prefix"],
    now: values.now,
    preview: false,
    onLoaded: (found: readonly Diagnostic[], model: { pages: readonly unknown[] } | undefined) => {
      diagnostics = found;
      pages = model?.pages.length ?? 0;
    },
  };
  try {
    await writeAtomically(out, async (staging) => {
      const eleventy = await createEleventy(staging, options, "build");
      await eleventy.write();
    });
  } catch (error) {
    const contentError = findCause(error, (e): e is ContentError => e instanceof Error && e.name === "ContentError");
    if (contentError) {
      console.error(formatReport(contentError.diagnostics));
    } else {
      console.error(`newsdesk build failed: ${(error as Error).message}`);
    }
    console.error(existsSync(out) ? `Nothing was written: ${values.out} is as it was.` : "Nothing was written.");
    return 1;
  }
  if (diagnostics.length > 0) console.error(formatReport(diagnostics));
  if (!values.quiet) {
    console.log(`Built ${pages} pages into ${values.out} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  return 0;
}
