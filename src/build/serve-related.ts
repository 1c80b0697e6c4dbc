import type { Article } from "../model/article.ts";
import type { SiteContent } from "../content/load.ts";
import { carryOver, relatedInputs, sameRelated } from "../related/carry-over.ts";
import type { RelatedData } from "../related/relate.ts";

/** How long after a rebuild's write the exact related data is computed, when the rebuild carried it over. */
const EXACT_DELAY_MS = 300;

// The related data the pages show: carried over from `base`, or exact for `inputs`.
interface Shown {
  readonly data: RelatedData;
  readonly base: RelatedData;
  readonly inputs: string;
  readonly exact: boolean;
}

/**
 * serve's related articles between saves. The related phase takes about a second at 10,000 articles, so a save
 * reloads with the lists of the last rebuild carried over (by path), and the exact lists are computed a moment
 * after the pages are written; when they differ, `requestRebuild` asks for a rebuild that shows them.
 */
export class ServeRelated {
  private shown: Shown | undefined;
  private exact: { readonly data: RelatedData; readonly inputs: string } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly relate: (content: SiteContent, articles: readonly Article[]) => RelatedData,
    private readonly requestRebuild?: () => void,
  ) {}

  /** The related data for a new site model of `articles`: exact when it is known (or on the first build), else carried over. */
  forModel(content: SiteContent, articles: readonly Article[]): RelatedData {
    const inputs = relatedInputs(articles, content.registry, content.site.related);
    const exact = this.exact?.inputs === inputs ? this.exact : undefined;
    const shown = this.shown;
    if (exact) this.shown = { data: carryOver(exact.data, articles), base: exact.data, inputs, exact: true };
    else if (shown) this.shown = { data: carryOver(shown.data, articles), base: shown.data, inputs, exact: false };
    else {
      const data = this.relate(content, articles);
      this.shown = { data, base: data, inputs, exact: true };
    }
    return this.shown.data;
  }

  /**
   * For a save that edits articles in place and keeps the last model: true when the lists shown may stay (they
   * are then no longer known to be exact); false when exact lists are waiting to replace them, which takes a
   * new model.
   */
  keepShown(content: SiteContent): boolean {
    if (!this.shown) return false;
    const inputs = relatedInputs(content.articles, content.registry, content.site.related);
    if (this.exact?.inputs === inputs && this.exact.data !== this.shown.base) return false;
    this.shown = { ...this.shown, inputs, exact: this.shown.exact && this.exact?.inputs === inputs };
    return true;
  }

  /** After a rebuild is written: when its lists were carried over, computes the exact ones a moment later. */
  scheduleExact(content: SiteContent, articles: readonly Article[]): void {
    clearTimeout(this.timer);
    const shown = this.shown;
    if (!shown || shown.exact) return;
    // A moment first, so the browser fetches the reloaded page before this thread is busy for a second.
    this.timer = setTimeout(() => {
      if (this.shown !== shown) return; // a later save has been built since
      const data = this.relate(content, articles);
      this.exact = { data, inputs: shown.inputs };
      if (sameRelated(data, shown.data)) this.shown = { ...shown, exact: true };
      else this.requestRebuild?.();
    }, EXACT_DELAY_MS);
    this.timer.unref();
  }
}
