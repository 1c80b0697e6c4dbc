/**
 * Sorts a short array in place by insertion, `before(a, b)` true when a goes first: for the few items of one
 * article's lists, where Array.prototype.sort would allocate a work array on every call.
 */
export function sortSmall<T>(items: T[], before: (a: T, b: T) => boolean): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let at = i;
    while (at > 0 && before(item, items[at - 1]!)) {
      items[at] = items[at - 1]!;
      at--;
    }
    items[at] = item;
  }
  return items;
}
