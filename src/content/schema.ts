import { z } from "zod";
import { checkExternalUrl } from "../model/safe-url.ts";
import { canonicalCve } from "../model/cve.ts";
import { TLP_LABELS } from "../model/tlp.ts";

// A single string where a list is expected is accepted as a one-item list.
const list = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z.array(
      z
        .string({ error: `each ${what} must be text` })
        .trim()
        .min(1, `an empty ${what} name`),
      {
        error: `must be a list of ${what} names, e.g. [Europol, Eurojust]`,
      },
    ),
  );

// Articles named by slug, or by path /YYYY/MM/slug/ when two articles share a slug; one alone is a one-item list.
const articleList = z.preprocess(
  (v) => (typeof v === "string" ? [v] : v),
  z.array(
    z
      .string({ error: "each article must be text" })
      .trim()
      .regex(
        /^(?:\/\d{4}\/\d{2}\/)?[a-z0-9]+(?:-[a-z0-9]+)*\/?$/,
        "must be an article's slug like coldharbor-takedown, or its path like /2024/03/coldharbor-takedown/",
      ),
    { error: "must be a list of article slugs, e.g. [coldharbor-takedown]" },
  ),
);

const text = (what: string) => z.string({ error: `${what} must be text; put it in quotes` });
// A link post's target passes the one URL validator; its fix rides on the issue for check's report.
const externalUrl = (field: string) =>
  text(field)
    .trim()
    .superRefine((value, ctx) => {
      const checked = checkExternalUrl(value);
      if (!checked.ok)
        ctx.addIssue({ code: "custom", message: `${field} ${checked.reason}`, params: { fix: checked.fix } });
    });
// A path without host, query or spaces, or WordPress's short address of a post or page (src/model/query-alias.ts).
const ALIAS_SHAPE = /^(?:\/(?!\/)[^\s?#\\]*|\/\?(?:p|page_id)=[1-9][0-9]{0,18})$/;
const dateText = z.string({ error: "must be a date like 2018-04-26 or a date-time like 2018-04-26T09:30:00+01:00" });

/** Article front-matter: the one definition of every field an editor may write. */
export const articleFrontMatterSchema = z.object({
  title: text("the title").trim().min(1, "the title is blank").describe("Headline; required, non-blank."),
  date: dateText.describe("Publication date (YYYY-MM-DD, that day in the site's time zone) or date-time; required."),
  updated: dateText.optional().describe("Date of the last substantive update; not before date."),
  summary: text("the summary")
    .trim()
    .min(1, "the summary is blank")
    .optional()
    .describe(
      "One- or two-sentence dek shown under the headline and used in lists, feeds and the meta description; recommended (without it, those use the first paragraph, cut near 160 characters).",
    ),
  link: externalUrl("link")
    .optional()
    .describe("Makes a link post: an http(s) URL the headline links out to; feeds carry it. The body may be empty.")
    .meta({ format: "uri", pattern: "^https?://" }),
  agencies: list("agency").optional().describe("Agencies involved: names or aliases from _data/entities.yaml."),
  outlets: list("outlet").optional().describe("Outlets involved: names or aliases from _data/entities.yaml."),
  countries: list("country")
    .optional()
    .describe(
      "Countries involved: ISO 3166 names or common aliases (UK, US, Holland), Kosovo, and territories added in _data/entities.yaml.",
    ),
  actors: list("actor")
    .optional()
    .describe("Threat actors involved: names or aliases from _data/entities.yaml (actors:), e.g. APT28 or Fancy Bear."),
  malware: list("malware family")
    .optional()
    .describe("Malware families involved: names or aliases from _data/entities.yaml (malware:)."),
  cves: z
    .preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z.array(
        z
          .string({ error: "each CVE must be text" })
          .trim()
          .refine((id) => canonicalCve(id) !== undefined, {
            error: (issue) => `${JSON.stringify(issue.input)} is not a CVE ID`,
            params: { fix: "write each as CVE-YYYY-NNNN, e.g. CVE-2024-3400 (the year, then four or more digits)" },
          }),
        { error: "must be a list of CVE IDs, e.g. [CVE-2024-3400, CVE-2023-4966]" },
      ),
    )
    .optional()
    .describe(
      "CVEs the story is about, e.g. [CVE-2024-3400]; IDs written in the title, summary and body count without it.",
    ),
  cvss: text("cvss")
    .trim()
    .optional()
    .describe(
      "The CVSS 3.1 or 4.0 vector of the vulnerability, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H; shown with its score and severity.",
    ),
  products: list("product")
    .optional()
    .describe("Affected products: vendor and product, optionally with versions, e.g. [Ivanti Connect Secure 22.7]."),
  tlp: z
    .preprocess(
      (v) =>
        typeof v === "string"
          ? v
              .trim()
              .toUpperCase()
              .replace(/^TLP:\s*/, "")
          : v,
      z.enum(TLP_LABELS, {
        error: (issue) => `${JSON.stringify(issue.input)} is not a TLP 2.0 label: they are ${TLP_LABELS.join(", ")}`,
      }),
    )
    .optional()
    .describe(
      "Traffic Light Protocol 2.0 label: CLEAR or GREEN is shown; AMBER, AMBER+STRICT and RED are never published.",
    ),
  topics: list("topic").optional().describe("Free topic tags."),
  author: z
    .union([text("the author"), z.array(text("each author"))], { error: "must be a name or a list of names" })
    .optional()
    .describe("Byline: a name or a list of names."),
  featured: z
    .boolean({ error: "must be true or false" })
    .optional()
    .describe("Featured articles lead the home page's top stories."),
  draft: z.boolean({ error: "must be true or false" }).optional().describe("Drafts are built only with --drafts."),
  image: text("the image").trim().min(1).optional().describe("Lead image path or URL; needs image_alt."),
  image_alt: text("image_alt")
    .trim()
    .min(1, "image_alt is blank")
    .optional()
    .describe("Text alternative for the lead image; required when image is set."),
  slug: z
    .string({ error: "must be text" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "may hold only lowercase a-z, 0-9 and single hyphens")
    .optional()
    .describe("URL name; defaults to the file name. Lowercase a-z, 0-9 and hyphens."),
  related: articleList
    .optional()
    .describe("Slugs of articles shown first under Related articles, in this order; each must exist."),
  related_exclude: articleList
    .optional()
    .describe("Slugs of articles never shown under Related articles; each must exist."),
  aliases: z
    .preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z.array(
        z
          .string({ error: "each alias must be text" })
          .regex(
            ALIAS_SHAPE,
            "an alias is a path on this site such as /2018/04/27/old-permalink/, or WordPress's /?p=123 or /?page_id=45 (no host, other query or spaces)",
          )
          .refine((p) => !p.split("/").includes(".."), "an alias may not contain .."),
        { error: "must be a list of old paths, e.g. [/2018/04/27/old-permalink/]" },
      ),
    )
    .optional()
    .describe(
      "Old addresses of this article (e.g. a WordPress permalink, or its short address /?p=123): each redirects here.",
    ),
});

/** Static page front-matter: the article fields without taxonomy, dates optional; old addresses as aliases. */
export const pageFrontMatterSchema = z.object({
  title: articleFrontMatterSchema.shape.title,
  summary: articleFrontMatterSchema.shape.summary,
  slug: articleFrontMatterSchema.shape.slug,
  updated: articleFrontMatterSchema.shape.updated,
  draft: articleFrontMatterSchema.shape.draft,
  aliases: articleFrontMatterSchema.shape.aliases.describe(
    "Old addresses of this page (e.g. /about-us/, or WordPress's /?page_id=45): each redirects here.",
  ),
});

/** Article front-matter after validation. */
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
/** Static page front-matter after validation. */
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

/** The fix for a field whose value the schema refused, where its message alone does not say what to write. */
export const FIELD_FIXES: Readonly<Record<string, string>> = {
  tlp: "write tlp: CLEAR for information anyone may see, or GREEN for the community",
};

/** Keys Eleventy would act on: refused, because URLs and templates come from newsdesk alone. */
export const ELEVENTY_KEYS: Readonly<Record<string, string>> = {
  permalink: "URLs come from the date and slug; use slug to change the last part",
  layout: "every article uses the article layout",
  templateEngineOverride: "article bodies are Markdown only and never run as templates",
  eleventyComputed: "front-matter holds values, not computations",
  pagination: "lists are paginated by newsdesk",
  eleventyExcludeFromCollections: "use draft: true to keep an article off the site",
  eleventyNavigation: "navigation is built by newsdesk",
  eleventyImport: "front-matter holds values only",
  eleventyDataSchema: "the schema is newsdesk's",
  dynamicPermalink: "URLs come from the date and slug",
  permalinkBypassOutputDir: "pages are written only inside the output folder",
  tags: "use topics: [...] for free tags",
};
