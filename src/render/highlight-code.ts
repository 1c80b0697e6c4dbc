import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import diff from "highlight.js/lib/languages/diff";
import go from "highlight.js/lib/languages/go";
import http from "highlight.js/lib/languages/http";
import ini from "highlight.js/lib/languages/ini";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import powershell from "highlight.js/lib/languages/powershell";
import python from "highlight.js/lib/languages/python";
import rust from "highlight.js/lib/languages/rust";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

// One private instance with only the languages security writing uses: nothing else registered can be picked.
const highlighter = hljs.newInstance();
const LANGUAGES = {
  bash,
  c,
  cpp,
  diff,
  go,
  http,
  ini,
  javascript,
  json,
  powershell,
  python,
  rust,
  shell,
  sql,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) highlighter.registerLanguage(name, language);

// Names editors write that mean something else than highlight.js's own: `shell` is a script (bash), not a session.
const ALIASES: Readonly<Record<string, string>> = {
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "shell",
  "shell-session": "shell",
  shellsession: "shell",
  shell_session: "shell",
  terminal: "shell",
  ps1: "powershell",
  pwsh: "powershell",
  ps: "powershell",
  js: "javascript",
  yml: "yaml",
  html: "xml",
  xhtml: "xml",
  svg: "xml",
  py: "python",
  golang: "go",
  rs: "rust",
  toml: "ini",
  patch: "diff",
  "c++": "cpp",
  https: "http",
};

// Written to say "no highlighting": shown as text, with no class to style.
const PLAIN = new Set(["text", "txt", "plain", "plaintext", "none", "output", "log"]);

/** Code and, when its language is known, highlight.js's markup for it (escaped by highlight.js). */
export interface HighlightedCode {
  /** The language highlighted in (highlight.js's name), or none: the block is shown as plain text. */
  readonly language?: string;
  /** The code as HTML: highlight.js spans, or the text escaped. */
  readonly html: string;
}

/** The highlight.js language an info string's first word names, or none (unknown, plain text or no language). */
export function codeLanguage(info: string): string | undefined {
  const word =
    info
      .trim()
      .split(/\s+/)[0]
      ?.replace(/^\{?\.?|\}$/g, "")
      .toLowerCase() ?? "";
  if (word === "" || PLAIN.has(word)) return undefined;
  const name = ALIASES[word] ?? word;
  return Object.hasOwn(LANGUAGES, name) ? name : undefined;
}

/** Highlights code at build time in the language its info string names; never guesses one. */
export function highlightCode(code: string, info: string, escape: (text: string) => string): HighlightedCode {
  const language = codeLanguage(info);
  if (!language) return { html: escape(code) };
  return { language, html: highlighter.highlight(code, { language, ignoreIllegals: true }).value };
}
