// Runs `newsdesk import` in a worker thread whose heap is bounded (src/cli/import.ts sets the limit): converting
// tens of thousands of bodies makes garbage fast, and a heap left to grow would take memory the import does not
// need. A worker does not inherit the main thread's TypeScript loader, so it registers its own, as bin/newsdesk.js does.
import { fileURLToPath } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
const { runImport } = await import("../import/write-import.ts");
const { IMPORTERS } = await import("../import/importers.ts");
const { SourceError } = await import("../import/source-error.ts");

const { kind, from, given, uploads, contentDir, force, suggestEntities } = workerData;
const importer = IMPORTERS[kind](from, { uploads });
let last = 0;
let count = 0;
const report = await runImport(importer, given, {
  contentDir,
  force,
  suggestEntities,
  // Ten progress messages a second at most: each is a copy between threads.
  onProgress: (documents) => {
    count = documents;
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    parentPort.postMessage({ progress: documents });
  },
}).catch((error) => {
  // A source that is no whole export is told in its one line, without a stack (src/cli/import.ts).
  if (!(error instanceof SourceError)) throw error;
  parentPort.postMessage({ refused: error.message });
  return undefined;
});
if (report) {
  parentPort.postMessage({ progress: count });
  parentPort.postMessage({ report: report.toJson() });
}
