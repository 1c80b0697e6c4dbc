/**
 * Maps `items` through an async function with at most `limit` calls in flight, keeping the order of the results.
 * Reading tens of thousands of files at once would exhaust the process's file descriptors (EMFILE).
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R> | R,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const result = work(items[i]!, i);
      // An answer known at once is taken without a turn of the event loop.
      results[i] = result instanceof Promise ? await result : result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
