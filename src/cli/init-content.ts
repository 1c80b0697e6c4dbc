/** One file of the starter site: its path inside the site folder, with / between folders, and its text. */
export interface StarterFile {
  readonly path: string;
  readonly text: string;
}

/** The starter article's headline (the tests look for it on the built pages). */
export const STARTER_TITLE = "How this archive works";

/** The starter site's time zone: init dates the starter article by its calendar. */
export const STARTER_TIMEZONE = "Europe/London";

/** The content folder of a new site: site.yaml, entities.yaml and one article dated `date` (YYYY-MM-DD). */
export function starterContent(date: string): readonly StarterFile[] {
  return [
    { path: "content/_data/site.yaml", text: SITE_YAML },
    { path: "content/_data/entities.yaml", text: ENTITIES_YAML },
    { path: `content/articles/${date.slice(0, 4)}/how-this-archive-works.md`, text: article(date) },
  ];
}

const SITE_YAML = `# The publication. Every page, feed and search result takes its name, address and language from here.
title: "News archive"
url: "https://news.example.org"   # where the site is published; the publish workflow gives the Pages address
language: en-GB                   # BCP 47, e.g. en-US, fr, de
timezone: ${STARTER_TIMEZONE}           # IANA; a date without a time is that day in this zone
description: "Reporting on cybercrime, online extremism, data breaches and privacy law."
copyright: "The newsroom"         # the footer shows © YEAR and this name
perPage: 20                       # stories on each list page
`;

const ENTITIES_YAML = `# Agencies and outlets that stories are filed under. An article names one by its name or any alias, and each
# gets its own page and feed. Countries need no entry: ISO 3166 names and aliases such as UK and US are built in.
agencies:
  - name: Europol
    aliases: [European Union Agency for Law Enforcement Cooperation]
    description: EU agency that supports police cooperation between member states against serious crime.
    url: https://www.europol.europa.eu
outlets:
  - name: Amaq
    aliases: [Amaq News Agency]
    description: News agency used by Islamic State to claim attacks and publish propaganda.
`;

function article(date: string): string {
  return `---
title: "${STARTER_TITLE}"
date: ${date}
summary: "Every story in this archive is a Markdown file: how to write one, check it and publish it."
topics: [newsroom]
author: "The newsroom"
---

Each story in this archive is one Markdown file in \`content/articles/\`, with its headline, date and tags in the
front-matter at the top. This is the first one: rewrite it, or delete it once the archive has stories of its own.

## Writing a story

\`npm run new -- "Headline of the story"\` writes a new file with every field filled in, as a draft. File a story
under the agencies and outlets of \`content/_data/entities.yaml\`, by name or alias, and under the countries it
concerns; each of them gets a page and a feed of its own.

## Checking and publishing

\`npm start\` shows the site as you write. \`npm run check\` names the file, line and field of every mistake, with
the fix. Push to the main branch and the publish workflow checks, builds and verifies the site, then publishes it.
`;
}
