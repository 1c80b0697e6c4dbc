import { starterContent, type StarterFile } from "./init-content.ts";
import { PUBLISH_WORKFLOW } from "./init-workflow.ts";

/** What `newsdesk init` needs to know to write a newsroom's site folder. */
export interface StarterSite {
  /** The site's npm package name. */
  readonly name: string;
  /** newsdesk's own version: the site depends on `^version`. */
  readonly version: string;
  /** newsdesk's supported Node.js versions, as its package.json says them. */
  readonly node: string;
  /** The starter article's date, YYYY-MM-DD. */
  readonly date: string;
}

/** Every file `newsdesk init` writes, in the order it writes them. */
export function starterFiles(site: StarterSite): readonly StarterFile[] {
  return [
    { path: "package.json", text: `${JSON.stringify(packageJson(site), null, 2)}\n` },
    { path: "README.md", text: README },
    { path: ".gitignore", text: GITIGNORE },
    { path: ".github/workflows/publish.yml", text: PUBLISH_WORKFLOW },
    ...starterContent(site.date),
  ];
}

// Every script runs the newsdesk installed in node_modules, never one fetched on the spot.
function packageJson({ name, version, node }: StarterSite) {
  return {
    name,
    private: true,
    description: "A news archive built with newsdesk.",
    scripts: {
      start: "newsdesk serve",
      build: "newsdesk build",
      check: "newsdesk check",
      test: "newsdesk check --strict",
      verify: "newsdesk verify",
      new: "newsdesk new",
    },
    dependencies: { newsdesk: `^${version}` },
    engines: { node },
  };
}

const README = `# News archive

This folder is a newsroom's archive: Markdown articles in \`content/\`, built into a static site by newsdesk.

\`\`\`sh
npm install && npm start      # installs newsdesk and serves the site at http://127.0.0.1:8080/ with live reload
\`\`\`

The preview shows drafts and scheduled stories too, each with a banner. Then:

\`\`\`sh
npm run new -- "Headline of the story"   # writes content/articles/YYYY/headline-of-the-story.md, a draft
npm run check                            # every mistake in content/, with its file, line and the fix
npm run build                            # builds the site into _site/
npm run verify                           # checks the built _site/ alone: links, feeds, sitemap, no drafts
\`\`\`

## The content folder

- \`content/_data/site.yaml\`: the publication's name, address, language and time zone.
- \`content/_data/entities.yaml\`: the agencies and outlets stories are filed under, with their aliases.
- \`content/articles/\`: one story a file, in folders by year.
- \`content/pages/\`: static pages such as about or contact (optional), each at /NAME/.

## Publishing

\`.github/workflows/publish.yml\` checks, builds and verifies the site on every push to main and every hour (so
scheduled stories appear on time), then publishes it on GitHub Pages: in the repository's Settings, Pages, choose
"GitHub Actions" as the source. Commit \`package-lock.json\` with the rest: the workflow installs exactly what it
pins, so every build uses the same newsdesk, and the same content gives the same site.

Elsewhere: \`npm run build -- --base-url https://news.example.org && npm run verify\`, then publish \`_site/\`.
`;

const GITIGNORE = `node_modules/
# The built site, and what newsdesk keeps beside it for the next --incremental build.
_site/
._site.newsdesk*
build-report.json
`;
