#!/usr/bin/env node
// The benchmark's entry (`npm run bench`), apart from newsdesk's command line. Node 20 cannot run TypeScript by
// itself, so tsx is registered first, as bin/newsdesk.js does.
import { register } from "tsx/esm/api";

register();
// Output piped into a command that stops reading early (| head) ends quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runBench } = await import("./bench-command.ts");
process.exitCode = await runBench(process.argv.slice(2));
