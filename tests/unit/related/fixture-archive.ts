import type { Article } from "../../../src/model/article.ts";
import type { TaxonomyKind } from "../../../src/model/entity.ts";
import { article } from "../../helpers/articles.ts";

/** An article with a title and body, for the related-ranking tests. */
export function story(
  slug: string,
  date: string,
  title: string,
  body: string,
  entities: Partial<Record<TaxonomyKind, string[]>> = {},
  extra: Partial<Article> = {},
): Article {
  return { ...article(slug, date, entities), title, body, ...extra };
}

/** Two stories that share agencies and countries (Coldharbor ransomware, Tidewater market), and a loner. */
export const ARCHIVE: readonly Article[] = [
  story(
    "cold-seized",
    "2024-03-05",
    "Coldharbor ransomware servers seized",
    "Police seized Coldharbor servers and the gang's leak site.",
    { agencies: ["Europol", "FBI"], countries: ["United States"], topics: ["ransomware"] },
  ),
  story(
    "cold-decryptor",
    "2024-03-07",
    "Coldharbor decryptor released",
    "A free decryptor unlocks files that Coldharbor encrypted.",
    { agencies: ["FBI"], topics: ["ransomware"] },
  ),
  story(
    "cold-leader",
    "2024-04-20",
    "Coldharbor leader charged",
    "Prosecutors charged the man who ran Coldharbor and its leak site.",
    { agencies: ["DOJ"], countries: ["United States"] },
  ),
  story(
    "tide-offline",
    "2024-03-06",
    "Tidewater market taken offline",
    "Tidewater, a dark-web drug market, was taken offline.",
    { agencies: ["Europol", "FBI"], countries: ["United States"], topics: ["dark web"] },
  ),
  story(
    "tide-admin",
    "2024-03-20",
    "Tidewater admin arrested",
    "The admin of the Tidewater market was arrested at an airport.",
    { agencies: ["Europol"], topics: ["dark web"] },
  ),
  story("weather", "2020-01-01", "Weather", "Sunny.", {}),
];

/** The slugs of a ranking's documents. */
export function slugsOf(articles: readonly Article[], docs: readonly { doc: number }[]): string[] {
  return docs.map((d) => articles[d.doc]!.slug);
}
