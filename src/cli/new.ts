import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DateTime } from "luxon";
import { makeContentFolder } from "../content/content-fs.ts";
import { parseContentDate } from "../model/dates.ts";
import { formatDiagnostic } from "../model/diagnostic.ts";
import { loadContent } from "../content/load.ts";
import { newArticlePath, newArticleText } from "../content/new-article.ts";
import type { TaxonomyKind } from "../model/entity.ts";
import type { Registry } from "../taxonomy/registry.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { ask, splitList } from "./prompt.ts";

/** `newsdesk new "Title"`: writes a new article with every field filled in and prints its path. */
export async function newArticle(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      ...CONTENT_OPTIONS,
      date: { type: "string" },
      summary: { type: "string" },
      agency: { type: "string", multiple: true },
      outlet: { type: "string", multiple: true },
      country: { type: "string", multiple: true },
      topic: { type: "string", multiple: true },
    },
    true,
  );
  let title = positionals.join(" ").trim();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const answers = interactive
    ? await ask([
        ...(title === "" ? [{ key: "title" as const, question: "Headline:" }] : []),
        ...(values.summary === undefined
          ? [{ key: "summary" as const, question: "Summary (one or two sentences):" }]
          : []),
        ...(values.agency === undefined
          ? [{ key: "agencies" as const, question: "Agencies (comma-separated, Enter for none):" }]
          : []),
        ...(values.outlet === undefined ? [{ key: "outlets" as const, question: "Outlets:" }] : []),
        ...(values.country === undefined ? [{ key: "countries" as const, question: "Countries:" }] : []),
        ...(values.topic === undefined ? [{ key: "topics" as const, question: "Topics:" }] : []),
      ])
    : {};
  title = title || (answers.title ?? "");
  if (title === "") throw new UsageError('give the title: newsdesk new "Headline of the story"');
  const contentDir = resolve(values.content);
  const { site, registry } = await loadContent({ contentDir, now: DateTime.now(), render: false });
  let date: DateTime = DateTime.now().setZone(site.timezone).startOf("second");
  if (values.date) {
    const parsed = parseContentDate(values.date, site.timezone);
    if (!parsed.ok) throw new UsageError(`--date: ${parsed.message}; ${parsed.suggestion}`);
    date = parsed.value;
  }
  const problems: string[] = [];
  const resolveAll = (kind: TaxonomyKind, names: readonly string[]) => canonical(registry, kind, names, problems);
  const fields = {
    summary: values.summary ?? answers.summary,
    agencies: resolveAll("agencies", values.agency ?? splitList(answers.agencies)),
    outlets: resolveAll("outlets", values.outlet ?? splitList(answers.outlets)),
    countries: resolveAll("countries", values.country ?? splitList(answers.countries)),
    topics: values.topic ?? splitList(answers.topics),
  };
  if (problems.length > 0) {
    console.error(`${problems.join("\n")}\nNothing was written.`);
    return 1;
  }
  const relativePath = newArticlePath(title, date);
  const path = join(contentDir, relativePath);
  if (existsSync(path)) {
    console.error(
      `${join(values.content, relativePath)} already exists; nothing was written. Choose another title or edit that file.`,
    );
    return 1;
  }
  // The content folder named with --content may be new; inside it nothing is written through a link or a file.
  try {
    await mkdir(contentDir, { recursive: true });
  } catch (error) {
    console.error(
      `${values.content}: the content folder cannot be made (${(error as NodeJS.ErrnoException).code}); nothing was written.`,
    );
    return 1;
  }
  const folder = await makeContentFolder(contentDir, dirname(relativePath));
  if (!folder.ok) {
    console.error(`${formatDiagnostic(folder.diagnostic)}\nNothing was written.`);
    return 1;
  }
  try {
    // "wx" never follows a link or replaces a file left where the article goes.
    await writeFile(join(folder.path, basename(relativePath)), newArticleText(title, date, fields), { flag: "wx" });
  } catch (error) {
    console.error(
      `${join(values.content, relativePath)} cannot be written (${(error as NodeJS.ErrnoException).code}); nothing was written.`,
    );
    return 1;
  }
  console.log(join(values.content, relativePath));
  return 0;
}

// Names as the registry spells them; unknown ones are reported with the closest known name.
function canonical(registry: Registry, kind: TaxonomyKind, names: readonly string[], problems: string[]): string[] {
  return names.flatMap((name) => {
    const entity = registry.lookup(kind, name);
    if (entity) return [entity.name];
    const near = registry.suggest(kind, name);
    problems.push(
      `--${kind === "agencies" ? "agency" : kind === "countries" ? "country" : "outlet"} '${name}' is not in the registry${near ? ` — did you mean '${near}'?` : ""}`,
    );
    return [];
  });
}
