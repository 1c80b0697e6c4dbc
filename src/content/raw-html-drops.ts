import { findDefanged } from "./defanged.ts";
import { unescapeHtml } from "../render/html.ts";

/** Something raw HTML asked for that newsdesk left out, at its body line, with why and what to do. */
export interface RawHtmlDrop {
  readonly line: number;
  readonly message: string;
  readonly suggestion: string;
}

const SCRIPT = new Set(["script", "noscript"]);
const FORM = new Set(["form", "input", "button", "select", "textarea", "option", "label", "fieldset", "output"]);
const PLUGIN = new Set(["object", "embed", "applet", "param"]);
const PAGE = new Set(["base", "meta", "link", "title", "head", "html", "body"]);
const MEDIA = new Set(["video", "audio", "source", "track", "picture"]);
// Dropped with everything inside them (the sanitizer's nonTextTags), not just the tags.
const WITH_CONTENT = new Set(["textarea", "option", "title", "template", "xmp", "noembed", "noframes"]);

/**
 * Why raw HTML lost `what` of an element `name` ("element", a list of attributes, "href …", "src …" or "no src"),
 * and the fix: the wording check prints for each drop.
 */
export function dropReason(name: string, what: string): { message: string; suggestion: string } {
  const tag = `<${name}>`;
  if (what === "element") return elementReason(name, tag);
  if (what.startsWith("size ")) {
    return {
      message: `raw HTML ${tag} lost its ${what.slice(5)}: not a number of pixels`,
      suggestion: 'write it as a plain number in straight quotes, e.g. width="640"',
    };
  }
  if (what.startsWith("count ")) {
    return {
      message: `raw HTML ${tag} lost its ${what.slice(6)}: not a whole number`,
      suggestion: 'write it as a plain number, e.g. colspan="2"',
    };
  }
  if (what === "no src")
    return {
      message: `raw HTML ${tag} without a src was dropped`,
      suggestion: 'give it src="images/…" or use ![alt](images/…)',
    };
  if (what.startsWith("href ")) {
    return {
      message: `raw HTML ${tag} link to ${what.slice(5)} lost its href: only relative, http(s), mailto and tel links are allowed`,
      suggestion: "write an https:// or relative address",
    };
  }
  if (what.startsWith("src ")) {
    return {
      message: `raw HTML ${tag} with src ${what.slice(4)} was dropped: only relative and http(s) images are allowed`,
      suggestion: "use a file in the content folder or an https:// URL",
    };
  }
  const names = what.split(", ");
  const reasons = [
    ...(names.some((a) => /^on/i.test(a)) ? ["event handlers never run in articles"] : []),
    ...(names.includes("style") ? ["the site's stylesheet styles every article"] : []),
  ];
  const plural = names.length === 1 ? "attribute" : "attributes";
  return {
    message: `raw HTML ${tag} lost its ${what} ${plural}${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}`,
    suggestion: `delete ${names.length === 1 ? "it" : "them"}: articles keep only the attributes they need to read (href, src, alt, title, width, height, colspan…)`,
  };
}

function elementReason(name: string, tag: string): { message: string; suggestion: string } {
  if (SCRIPT.has(name))
    return {
      message: `raw HTML ${tag} was dropped: newsdesk never runs scripts from articles`,
      suggestion: "delete it; to show code, put it in a fenced code block (```html)",
    };
  if (name === "style")
    return {
      message: `raw HTML ${tag} was dropped: the site's stylesheet styles every article`,
      suggestion: "delete it; use Markdown (emphasis, lists, tables) for structure",
    };
  if (FORM.has(name))
    return {
      message: `raw HTML ${tag} was dropped: articles carry no forms`,
      suggestion: "link to the form instead: [Sign up](https://…)",
    };
  if (PLUGIN.has(name))
    return {
      message: `raw HTML ${tag} was dropped: articles load no plugins`,
      suggestion: "link to the file instead, or embed a video with an <iframe> from an allowed embed host",
    };
  if (name === "svg" || name === "math")
    return {
      message: `raw HTML ${tag} was dropped: inline SVG and MathML are not allowed (its text is kept)`,
      suggestion: "save it as an image file and use ![alt](images/….png)",
    };
  if (PAGE.has(name))
    return {
      message: `raw HTML ${tag} was dropped: it belongs to a page's head, not an article`,
      suggestion: "delete it",
    };
  if (MEDIA.has(name))
    return {
      message: `raw HTML ${tag} was dropped: articles show video and audio as links or allowed embeds`,
      suggestion: "link to the file, or use an <iframe> from an allowed embed host",
    };
  return {
    message: `raw HTML ${tag} was dropped: it is not an element articles may use (${WITH_CONTENT.has(name) ? "with its content" : "its text is kept"})`,
    suggestion: `if it is meant to be read as text, write it in \`backticks\` or as &lt;${name}&gt;; otherwise use Markdown`,
  };
}

/** Why an element was left out where it stands (src/content/raw-html-placement.ts says `where`), and the fix. */
export function misplacedReason(name: string, where: string): { message: string; suggestion: string } {
  return {
    message: `raw HTML <${name}> ${where} was left out (its text is kept): a browser would move it elsewhere`,
    suggestion: "put it where it belongs (an <li> in a list, a <td> in a row…), or put block HTML on lines of its own",
  };
}

/** What marks each raw <a href> in the sanitized stream until linkTextProblems has read it. */
export const LINK_MARK = "data-newsdesk-link";

/**
 * The sanitized stream without LINK_MARK, and each raw link whose text fails a reader, named at its line: one with
 * nothing a reader could see or hear in it (no text, no image alt, no stretch of Markdown that `hasText`), and one
 * whose text shows a defanged indicator (<a href="https://evil.example">evil[.]example</a>), which tells readers not
 * to follow an address the link takes them to.
 */
export function linkTextProblems(
  html: string,
  anchors: readonly { href: string; line: number }[],
  hasText: (stretch: number) => boolean,
  stretchText: (stretch: number) => string = () => "",
): { html: string; problems: RawHtmlDrop[] } {
  const problems: RawHtmlDrop[] = [];
  for (const m of html.matchAll(new RegExp(` ${LINK_MARK}="(\\d+)">(?=([\\s\\S]*?)(?:</a>|$))`, "g"))) {
    const inside = m[2]!;
    const shown = inside.replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/g, "$1").replace(/<[^>]*>/g, "");
    const { href, line } = anchors[Number(m[1])]!;
    // eslint-disable-next-line no-control-regex -- NUL is the mark, chosen because content cannot hold it
    const read = unescapeHtml(shown).replace(/\u0000(\d+)\u0000/g, (_, k: string) => stretchText(Number(k)));
    const indicator = findDefanged(read)[0];
    if (indicator) {
      problems.push({
        line,
        message: `raw HTML <a> link's text shows the defanged indicator ${indicator.text}, but the link to ${href} is live`,
        suggestion:
          "remove the <a> and keep the defanged text, or write the address without defanging if readers should follow it",
      });
    }
    // A stretch of Markdown (between NULs, src/content/raw-html-rule.ts) in the link may hold its text.
    // eslint-disable-next-line no-control-regex -- NUL is the mark, chosen because content cannot hold it
    const stretches = [...inside.matchAll(/\u0000(\d+)\u0000/g)].map((s) => Number(s[1]));
    // eslint-disable-next-line no-control-regex -- as above
    if (shown.replace(/\u0000\d+\u0000/g, "").trim() !== "" || stretches.some(hasText)) continue;
    problems.push({
      line,
      message: `raw HTML <a> link to ${href} has no text`,
      suggestion: "put the words a reader should see between <a …> and </a>",
    });
  }
  return { html: html.replace(new RegExp(` ${LINK_MARK}="\\d+"`, "g"), ""), problems };
}
