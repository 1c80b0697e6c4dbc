/** An organisation name that recurs across the archive and is not yet in entities.yaml. */
export interface SuggestedEntity {
  readonly name: string;
  readonly articles: number;
}

// Words that end an organisation's name ("National Crime Agency", "Federal Office for Information Security").
const ORGANISATION =
  /^(Agency|Bureau|Office|Police|Department|Ministry|Service|Services|Centre|Center|Unit|Command|Directorate|Commission|Council|Authority|Institute|Team|Force|Forces|Prosecutor|Court|Guard|Gendarmerie|Europol|Eurojust|Interpol|Cooperation|Security|Intelligence)$/;
const JOINERS = new Set(["of", "for", "and", "the", "de", "du", "des", "la", "le", "für"]);
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|für)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * Counts, per article, capitalised names that end in an organisation word, and all-capital acronyms given in
 * brackets after one ("National Crime Agency (NCA)"); proposes those in at least `minArticles` articles that the
 * registry does not know (`known`), most frequent first.
 */
export class EntitySuggester {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly known: (name: string) => boolean,
    private readonly minArticles = 3,
  ) {}

  /** Reads one article's text (counted once per article, however often a name recurs in it). */
  add(text: string): void {
    const names = new Set<string>();
    // "Officers of the National Crime Agency and the FBI": names start after a lowercase "the" and end at "and".
    const parts = [...text.matchAll(NAME_RUN)].flatMap((m) =>
      m[0].split(/\s+and\s+/).map((p) => p.split(/\s+the\s+/).pop()!),
    );
    for (const part of parts) {
      const words = part.split(/\s+/);
      while (words.length > 0 && JOINERS.has(words[0]!.toLowerCase())) words.shift();
      if (words.length >= 2 && ORGANISATION.test(words[words.length - 1]!)) names.add(words.join(" "));
    }
    for (const match of text.matchAll(/\(([A-Z][A-Z0-9]{2,7})\)/g)) names.add(match[1]!);
    for (const name of names) if (!this.known(name)) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** The names seen in enough articles, most frequent first, at most `limit`. */
  suggestions(limit = 50): SuggestedEntity[] {
    return [...this.counts]
      .filter(([, n]) => n >= this.minArticles)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([name, articles]) => ({ name, articles }));
  }
}
