import { UsageError } from "./args.ts";
import { Refused } from "./refused.ts";

const USAGE = `Usage: newsdesk COMMAND [options]

  build  [--content DIR] [--out DIR] [--base-url URL] [--path-prefix P] [--drafts] [--future]
  check  [--content DIR] [--strict] [--format text|json|github]
  new    "Title" [--content DIR] [--date D]
  import wordpress FILE.xml [--uploads DIR] | jekyll DIR | hugo DIR
         [--content DIR] [--report FILE] [--force] [--suggest-entities]
                            brings an old archive into the content folder, every old address kept as an
                            alias; a second run leaves files edited since as they are (unless --force)
  init   [DIR]              writes a newsroom's own site folder into DIR (this folder by default): content/,
                            package.json, the publish workflow, README; never replaces a file
  serve  [--content DIR] [--port N] [--host H] [--out DIR]
                            on 127.0.0.1 unless --host shares it (drafts and embargoed stories included)
  verify [--out DIR] [--path-prefix P]   checks a built site alone: links, contract URLs, sitemap, no draft leaks
  schema [--report]         prints the JSON Schema of article front-matter (or of check's JSON report)
  bench  [options]          in a checkout of newsdesk's repository: the benchmark (npm run bench -- --help)

Exit codes: 0 ok, 1 content errors, 2 usage errors.`;

// Prints the JSON Schema of article front-matter (committed as schema/article.schema.json).
const schema = async (args: string[]): Promise<number> => {
  const { articleJsonSchemaText, jsonSchemaText } = await import("../content/json-schema.ts");
  const { checkReportSchema } = await import("./check-report.ts");
  process.stdout.write(
    args.includes("--report")
      ? jsonSchemaText(checkReportSchema, "newsdesk check --format json")
      : articleJsonSchemaText(),
  );
  return 0;
};

// Each command's module is loaded when the command runs: Eleventy and the build's modules take about a second to
// load, which `check`, `new`, `init`, `--help` and a refused command line need not wait for.
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  bench: async (args) => (await import("./bench-handover.ts")).bench(args),
  build: async (args) => (await import("./build.ts")).build(args),
  check: async (args) => (await import("./check.ts")).check(args),
  import: async (args) => (await import("./import.ts")).importArchive(args),
  init: async (args) => (await import("./init.ts")).init(args),
  new: async (args) => (await import("./new.ts")).newArticle(args),
  serve: async (args) => (await import("./serve.ts")).serve(args),
  schema,
  verify: async (args) => (await import("./verify.ts")).verify(args),
};

/** Runs one newsdesk command and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`newsdesk: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      // A refused path or value is told in its one line; a command line of the wrong shape gets the usage too.
      const usage = error instanceof Refused ? "" : `\n\n${USAGE}`;
      console.error(`newsdesk ${command}: ${error.message}${usage}`);
      return 2;
    }
    throw error;
  }
}
