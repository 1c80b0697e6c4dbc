/**
 * Search index builds, one at a time: Pagefind's service is shared by the whole process. In serve, where every
 * save rebuilds, a build still waiting when a newer one arrives is skipped: only the newest index is worth writing.
 */
export class SearchQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private latest = 0;

  /** Runs `build` after the builds queued before it; resolves to its result, or undefined when superseded first. */
  run<T>(build: () => Promise<T>, supersede: boolean): Promise<T | undefined> {
    const ticket = ++this.latest;
    const job = this.tail
      .catch(() => undefined)
      .then(() => (supersede && ticket !== this.latest ? undefined : build()));
    this.tail = job;
    return job;
  }
}
