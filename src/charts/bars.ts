/**
 * A horizontal bar for one count of a list whose largest count is `max`, as a small SVG stretched to the width its
 * row gives it. It repeats the count written beside it, so it is hidden from assistive technology.
 */
export function barSvg(count: number, max: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, count / max)) : 0;
  const width = (100 * share).toFixed(1);
  return (
    `<svg class="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="bar-track" width="100" height="6"/>` +
    (share > 0 ? `<rect class="bar-fill" width="${width}" height="6"/>` : "") +
    "</svg>"
  );
}
