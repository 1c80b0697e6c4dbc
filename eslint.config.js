// ESLint for newsdesk: typescript-eslint's type-checked recommended rules over the TypeScript (src, layouts, tests,
// the Eleventy and vitest configs); the few plain JavaScript files get ESLint's recommended rules without types.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Content and fixture folders are data read by the build; the rest are outputs and installs.
    ignores: ["node_modules/", "content/", "tests/fixtures/", "_site/", ".newsdesk-*/", "test-artifacts/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The rule's defaults, plus SafeHtml: its toString() is its already-escaped HTML, so a page shell may write
      // `<!doctype html>\n${html`…`}`.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        {
          allow: [
            { from: "lib", name: ["Error", "URL", "URLSearchParams"] },
            { from: "file", name: "SafeHtml", path: "src/render/html.ts" },
          ],
        },
      ],
      // A name destructured beside ...rest is how a copy without those fields is made (the rest is what's used).
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      // A test's stand-in for an async callback (a build step, a search job) is async so that it has the real
      // callback's type and a failure arrives as a rejection, as the real one's does; it has nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // bin/, the bench's entry, the search-index worker and this file: Node modules outside tsconfig.json's program.
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The layer rules: a CommonJS module, as dependency-cruiser reads its configuration.
    files: ["**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    // Runs in the reader's browser beside Pagefind's UI script, which defines PagefindUI.
    files: ["layouts/assets/search.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, PagefindUI: "readonly" } },
  },
  {
    // A module Pagefind's UI imports on the search page of an index in several bundles.
    files: ["layouts/assets/search-bundles.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    // Runs in the reader's browser on pages with an embedded video.
    files: ["layouts/assets/embed.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    // Runs in the reader's browser on the home page of a site with WordPress short addresses as aliases.
    files: ["layouts/assets/query-redirect.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
);
