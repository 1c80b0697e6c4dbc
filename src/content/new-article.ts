import type { DateTime } from "luxon";
import { slugify } from "../model/slug.ts";

/** Where `newsdesk new` puts an article: articles/YYYY/slug.md. */
export function newArticlePath(title: string, date: DateTime): string {
  return `articles/${date.toFormat("yyyy")}/${slugify(title)}.md`;
}

/** Values `newsdesk new` can fill in beyond title and date. */
export interface NewArticleFields {
  readonly summary?: string;
  readonly agencies?: readonly string[];
  readonly outlets?: readonly string[];
  readonly countries?: readonly string[];
  readonly topics?: readonly string[];
}

// JSON strings and arrays are valid YAML 1.2, so any text is written safely quoted.
const yamlValue = (value: string | readonly string[]): string => JSON.stringify(value);

/** The text of a new article: every field present, with a hint for each. */
export function newArticleText(title: string, date: DateTime, fields: NewArticleFields = {}): string {
  return `---
title: ${yamlValue(title)}
date: ${date.toFormat("yyyy-LL-dd'T'HH:mm:ssZZ")}  # publication time; a plain YYYY-MM-DD is that day in the site's time zone
summary: ${yamlValue(fields.summary ?? "")}        # one or two sentences for lists, feeds and search results
agencies: ${yamlValue(fields.agencies ?? [])}       # names or aliases from _data/entities.yaml, e.g. [Europol, FBI]
outlets: ${yamlValue(fields.outlets ?? [])}        # names or aliases from _data/entities.yaml
countries: ${yamlValue(fields.countries ?? [])}      # ISO 3166 names or common aliases, e.g. [United Kingdom, US]
topics: ${yamlValue(fields.topics ?? [])}         # free tags, e.g. [ransomware, takedowns]
author: ""         # a name, or a list of names
featured: false    # true puts it first in the home page's top stories
draft: true        # set to false (or delete the line) to publish
---

Write the story here in Markdown. Use ## for subheadings; the title is the page's only top heading.
`;
}
