import { escapeXml } from "../render/xml.ts";

/** A plain SVG logo made from the publication's name: its initials on the accent colour. */
export function logoSvg(title: string): string {
  const initials =
    title
      .split(/\s+/)
      .filter((w) => /^\p{L}/u.test(w) && !/^(the|of|and|a)$/i.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join("")
      .slice(0, 3) || "N";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(title)}">
<rect width="600" height="600" fill="#a3141f"/>
<text x="300" y="300" dy="0.35em" text-anchor="middle" font-family="Georgia, 'Times New Roman', serif" font-size="${initials.length > 2 ? 210 : 260}" font-weight="700" fill="#ffffff">${escapeXml(initials)}</text>
</svg>
`;
}
