// WordPress stores classic-editor posts without paragraph tags and adds them when it shows a post (wpautop): a blank
// line separates paragraphs, a single newline is a line break. This does the same, so text written that way keeps
// its paragraphs; block elements are never wrapped, and the inside of pre, script, style, tables and lists is
// left exactly as written.

const BLOCK =
  "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|" +
  "address|math|style|script|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|" +
  "figcaption|details|summary|menu|iframe|video|audio|object";
const OPENS_BLOCK = new RegExp(`^<(?:${BLOCK})\\b`, "i");
// A shielded element (\uE000N\uE000) ends a block as well.
const CLOSES_BLOCK = new RegExp(`(?:</(?:${BLOCK})>|\uE000)\\s*$`, "i");
// Elements whose inside is taken as it is: the outermost one is cut out whole (nesting counted).
const VERBATIM = /<(pre|script|style|table|ul|ol|dl|textarea)\b[^>]*>/gi;

/** Paragraphs and line breaks for text written the classic-editor way; HTML already in paragraphs passes unchanged. */
export function autop(text: string): string {
  if (text.trim() === "") return "";
  const kept: string[] = [];
  const shielded = shield(text.replace(/\r\n?/g, "\n"), kept);
  const paragraphs = shielded
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map(paragraph);
  return paragraphs.join("\n\n").replace(/\uE000(\d+)\uE000/g, (_, n: string) => kept[Number(n)]!);
}

// One stretch between blank lines: lines of block HTML pass; runs of text lines get <p>, their newlines <br>.
function paragraph(text: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(`<p>${run.join("<br>\n")}</p>`);
    run = [];
  };
  for (const line of text.split("\n").map((l) => l.trim())) {
    if (OPENS_BLOCK.test(line) || CLOSES_BLOCK.test(line) || /^\uE000\d+\uE000/.test(line)) {
      flush();
      out.push(line);
    } else if (line !== "") run.push(line);
  }
  flush();
  return out.join("\n");
}

// The outermost verbatim elements swapped for \uE000N\uE000 markers, kept in `kept`.
function shield(text: string, kept: string[]): string {
  let out = "";
  let from = 0;
  VERBATIM.lastIndex = 0;
  for (let m = VERBATIM.exec(text); m; m = VERBATIM.exec(text)) {
    const end = closingEnd(text, m[1]!.toLowerCase(), m.index + m[0].length);
    kept.push(text.slice(m.index, end));
    out += `${text.slice(from, m.index)}\uE000${kept.length - 1}\uE000`;
    from = end;
    VERBATIM.lastIndex = end;
  }
  return out + text.slice(from);
}

// Where the element opened before `from` closes, counting nested elements of the same name; the end if never.
function closingEnd(text: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return text.length;
}
