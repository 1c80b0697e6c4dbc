import type { Article } from "../src/model/article.ts";
import { pseudoWord } from "./pseudo-words.ts";
import { between, seededRandom } from "./random.ts";

/**
 * The articles, each with a closing paragraph of 2 to 6 root-relative links to other articles, `deadPercent` of
 * them (exactly, over the archive, rounded down) leading to no page: half the old addresses of existing articles
 * as another system wrote them (/news/YYYY/MM/DD/slug/, /YYYY/MM/slug.html, /news/slug.html), half pages that
 * never were (with a date in the path or without). The same seed gives the same links; the articles given are
 * not changed, and their own random draws are not touched.
 */
export function withInternalLinks(articles: readonly Article[], deadPercent: number, seed: number): Article[] {
  const random = seededRandom(seed ^ 0x11e55);
  let made = 0;
  let dead = 0;
  return articles.map((article) => {
    const links = Array.from({ length: between(random, 2, 6) }, () => {
      const target = articles[Math.floor(random() * articles.length)]!;
      made++;
      if (Math.floor((made * deadPercent) / 100) === dead) return target.path;
      dead++;
      return deadAddress(target, dead, random);
    });
    const text = links.map((href) => `[${pseudoWord(between(random, 0, 19_999))}](${href})`).join(", ");
    return { ...article, body: `${article.body}\n\nSee also ${text}.` };
  });
}

// The nth dead link: an old address of `target`, or (every other three) an address no article ever had.
function deadAddress(target: Article, n: number, random: () => number): string {
  const [year, month, day] = [target.date.toFormat("yyyy"), target.date.toFormat("LL"), target.date.toFormat("dd")];
  const gone = `${pseudoWord(between(random, 0, 19_999))}-gone`;
  switch (n % 6) {
    case 0:
      return `/news/${year}/${month}/${day}/${target.slug}/`;
    case 1:
      return `/${year}/${month}/${target.slug}.html`;
    case 2:
      return `/news/${target.slug}.html`;
    case 3:
      return `/news/${year}/${month}/${day}/${gone}/`;
    case 4:
      return `/about/${gone}/`;
    default:
      return `/${year}/${month}/${target.slug}-draft-copy/`;
  }
}
