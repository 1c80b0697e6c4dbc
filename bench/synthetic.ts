import { DateTime } from "luxon";
import type { Article } from "../src/model/article.ts";
import { createMarkdown } from "../src/content/markdown.ts";
import { readingTime } from "../src/content/reading-time.ts";
import { STOP_WORDS } from "../src/related/terms/stop-words.ts";
import { articlePath } from "../src/model/urls.ts";
import { COUNTRIES } from "../src/taxonomy/country-data.ts";
import { slugify } from "../src/model/slug.ts";
import type { Entity, TaxonomyKind } from "../src/model/entity.ts";
import { capitalised, pseudoWord } from "./pseudo-words.ts";
import { between, distinct, seededRandom, zipfSampler } from "./random.ts";

/** What archive to make. */
export interface SyntheticOptions {
  readonly articles: number;
  /** The same seed gives the same archive, article for article. */
  readonly seed?: number;
  /** Time zone of the dates. */
  readonly zone?: string;
}

const VOCABULARY = 20_000;
// The synthetic archive files stories under these four; its actors, malware and CVE lists stay empty, so figures
// stay comparable with earlier rounds.
const POOLS: Readonly<Record<"agencies" | "outlets" | "countries" | "topics", number>> = {
  agencies: 400,
  outlets: 800,
  countries: COUNTRIES.length,
  topics: 300,
};
const FIRST_DAY = DateTime.fromISO("2010-01-01T08:00:00Z");
const SPAN_DAYS = 16 * 365;

/**
 * A deterministic archive of made-up stories: articles come in stories of 1 to 8 published within six weeks,
 * sharing entities and a set of story words; agencies, outlets, countries, topics and words are Zipf-distributed;
 * bodies run 300 to 900 words in paragraphs, with subheadings and links. Nothing is read from disk or the clock.
 */
export function syntheticArchive(options: SyntheticOptions): Article[] {
  const random = seededRandom(options.seed ?? 1);
  const zone = options.zone ?? "UTC";
  const stop = [...STOP_WORDS];
  const stopRank = zipfSampler(stop.length, 1, random);
  const wordRank = zipfSampler(VOCABULARY, 1.05, random);
  const pool = (kind: keyof typeof POOLS) => zipfSampler(POOLS[kind], 1.1, random);
  const draws = {
    agencies: pool("agencies"),
    outlets: pool("outlets"),
    countries: pool("countries"),
    topics: pool("topics"),
  };
  const entity = entityMaker();
  const md = createMarkdown();
  const background = () => (random() < 0.45 ? stop[stopRank()]! : pseudoWord(wordRank()));

  const articles: Article[] = [];
  while (articles.length < options.articles) {
    const storyIndex = articles.length;
    const start = FIRST_DAY.plus({ days: Math.floor((storyIndex / options.articles) * SPAN_DAYS) });
    const story = {
      agencies: distinct(between(random, 1, 3), draws.agencies),
      outlets: distinct(between(random, 0, 2), draws.outlets),
      countries: distinct(between(random, 1, 3), draws.countries),
      topics: distinct(between(random, 1, 2), draws.topics),
      words: distinct(15, () => pseudoWord(between(random, 1500, VOCABULARY - 1))),
    };
    const size = Math.min(between(random, 1, 8), options.articles - articles.length);
    for (let k = 0; k < size; k++) {
      const i = articles.length;
      const pick = <T>(list: readonly T[], p: number) => list.filter((_, j) => j === 0 || random() < p);
      const entities = {
        agencies: pick(story.agencies, 0.7),
        outlets: pick(story.outlets, 0.7),
        countries: [...pick(story.countries, 0.6), ...(random() < 0.3 ? [draws.countries()] : [])],
        topics: pick(story.topics, 0.8),
      };
      const storyWord = () => story.words[Math.floor(random() * story.words.length)]!;
      const phrase = (count: number, share: number) =>
        Array.from({ length: count }, () => (random() < share ? storyWord() : background())).join(" ");
      const title = capitalised(phrase(between(random, 6, 10), 0.4));
      const date = start.plus({ days: between(random, 0, 42), minutes: between(random, 0, 600) }).setZone(zone);
      const slug = `${slugify(title.split(" ").slice(0, 4).join(" "))}-${i}`;
      const body = syntheticBody(
        random,
        between(random, 300, 900),
        () => (random() < 0.15 ? storyWord() : background()),
        storyWord,
      );
      const reading = readingTime(md.parse(body, {}));
      articles.push({
        file: `articles/${date.toFormat("yyyy")}/${slug}.md`,
        title,
        slug,
        path: articlePath(date, slug),
        date,
        summary: `${capitalised(phrase(between(random, 15, 25), 0.25))}.`,
        authors: [`Reporter ${1 + (i % 40)}`],
        featured: false,
        draft: false,
        scheduled: false,
        agencies: entity("agencies", entities.agencies),
        outlets: entity("outlets", entities.outlets),
        actors: [],
        malware: [],
        cves: [],
        countries: entity("countries", entities.countries),
        topics: entity("topics", entities.topics),
        body,
        bodyLine: 1,
        html: "",
        links: [],
        wordCount: reading.words,
        readingMinutes: reading.minutes,
      });
    }
  }
  return articles;
}

// Paragraphs of 40-80 words, now and then a subheading or a link.
function syntheticBody(random: () => number, words: number, word: () => string, storyWord: () => string): string {
  const paragraphs: string[] = [];
  for (let left = words; left > 0;) {
    const length = Math.min(left, between(random, 40, 80));
    const text = Array.from({ length }, word);
    if (random() < 0.2) text.push(`([${storyWord()}](https://example.org/${storyWord()}))`);
    paragraphs.push(`${capitalised(text.join(" "))}.`);
    if (random() < 0.15) paragraphs.push(`## ${capitalised(storyWord())} ${storyWord()}`);
    left -= length;
  }
  return paragraphs.join("\n\n");
}

// The entities of ranks in a taxonomy's made-up pool (countries are the real ISO 3166 list), one object each.
function entityMaker(): (kind: TaxonomyKind, ranks: readonly number[]) => Entity[] {
  const entityCache = new Map<string, Entity>();
  return (kind, ranks) =>
    [...new Set(ranks)].map((r) => {
      const key = `${kind}/${r}`;
      const cached = entityCache.get(key);
      if (cached) return cached;
      const name =
        kind === "countries"
          ? COUNTRIES[r]!.name
          : kind === "agencies"
            ? `${capitalised(pseudoWord(5000 + r))} Bureau`
            : kind === "outlets"
              ? `${capitalised(pseudoWord(7000 + r))} News`
              : pseudoWord(9000 + r);
      const entity: Entity = { kind, name, slug: slugify(name), aliases: [] };
      entityCache.set(key, entity);
      return entity;
    });
}
