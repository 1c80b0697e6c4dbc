import { html } from "../src/render/html.ts";
import { META_CONTENT_SECURITY_POLICY } from "../src/seo/headers.ts";

/** A page that sends readers and crawlers from an old address to the current one (meta refresh, canonical, link). */
export function redirectPage(
  target: string,
  absoluteTarget: string,
  language: string,
  policy: string = META_CONTENT_SECURITY_POLICY,
): string {
  return `<!doctype html>\n${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Moved</title>
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${absoluteTarget}">
<meta name="robots" content="noindex">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p><a href="${target}">Continue to its new address</a>.</p>
</main>
</body>
</html>`}\n`;
}
