import { readFileSync } from "node:fs";
import { ROOT } from "./cli.ts";

/** The site's stylesheet, as the build copies it. */
export const SITE_CSS = readFileSync(`${ROOT}/layouts/assets/site.css`, "utf8");

const darkStart = SITE_CSS.indexOf("@media (prefers-color-scheme: dark)");

/** Each theme's block of custom properties: the light :root, then the dark media query's. */
export const THEMES = [
  ["light", SITE_CSS.slice(0, darkStart)],
  ["dark", SITE_CSS.slice(darkStart, SITE_CSS.indexOf("\n}\n", darkStart))],
] as const;

/** A custom property's colour as a theme's block sets it (#rrggbb); throws when the block does not set it. */
export function token(block: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, "i").exec(block);
  if (!match) throw new Error(`--${name} is not set`);
  return match[1]!;
}

// WCAG 2.x relative luminance of a #rrggbb colour.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
