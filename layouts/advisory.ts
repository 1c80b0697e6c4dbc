import type { Article } from "../src/model/article.ts";
import { isPublishableTlp } from "../src/model/tlp.ts";
import { html, type SafeHtml } from "../src/render/html.ts";

/** An advisory's facts under the byline: CVSS score, severity and vector; affected products; a publishable TLP label. */
export function advisoryFacts(article: Article): SafeHtml {
  const { cvss, products, tlp } = article;
  if (!cvss && !products && !tlp) return html``;
  return html`<dl class="advisory">
  ${cvss ? html`<div><dt>CVSS ${cvss.version}</dt><dd><span class="severity severity-${cvss.severity.toLowerCase()}">${cvss.score.toFixed(1)} ${cvss.severity}</span> <code class="cvss-vector">${cvss.vector}</code></dd></div>` : ""}
  ${products ? html`<div><dt>Affected</dt><dd>${products.join("; ")}</dd></div>` : ""}
  ${tlp ? html`<div><dt>Sharing</dt><dd><span class="tlp tlp-${tlpClass(tlp)}">TLP:${tlp}</span></dd></div>` : ""}
</dl>`;
}

/** serve: the banner over an article whose TLP label keeps it off any published site. */
export function tlpBanner(article: Article): SafeHtml {
  if (isPublishableTlp(article.tlp)) return html``;
  return html`<p class="preview-banner" role="status">TLP:${article.tlp ?? ""} — never published: check and build refuse this article</p>`;
}

function tlpClass(label: string): string {
  return label.toLowerCase().replace("+", "-");
}
