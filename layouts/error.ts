import type { Diagnostic } from "../src/model/diagnostic.ts";
import { sortDiagnostics } from "../src/model/diagnostic.ts";
import { html } from "../src/render/html.ts";

/** The page serve shows in place of the site while content has errors; it reloads itself once they are fixed. */
export function errorPage(diagnostics: readonly Diagnostic[]): string {
  const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === "error"));
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors — newsdesk</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1d21; }
h1 { color: #a3141f; }
li { margin-bottom: 1rem; }
code { font: 0.95em ui-monospace, monospace; background: #f1f2f4; padding: 0.1em 0.3em; }
.fix { color: #3d4350; }
</style>
</head>
<body>
<main>
<h1>newsdesk cannot build the site: ${errors.length} content ${errors.length === 1 ? "error" : "errors"}</h1>
<p>Fix the files below and save: this page reloads by itself. Nothing was published.</p>
<ol>${errors.map((d) => html`<li><code>${d.file}:${d.line}:${d.column}</code> <strong>${d.field}</strong>: ${d.message}${d.suggestion ? html`<br><span class="fix">Fix: ${d.suggestion}</span>` : ""}</li>`)}</ol>
</main>
</body>
</html>`}\n`;
}
