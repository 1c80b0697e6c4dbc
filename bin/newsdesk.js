#!/usr/bin/env node
// newsdesk's command line. Node 20 cannot run TypeScript by itself, so tsx is registered first.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// newsdesk's own tsconfig.json, never one found in the folder it runs from: a site's tsconfig (its paths, its
// compiler options) would otherwise apply to newsdesk's files too.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
// Output piped into a command that stops reading early (| head) ends quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
