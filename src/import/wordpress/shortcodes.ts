import { lineOf, replaceShortcodes, type Shortcode } from "./shortcode-syntax.ts";
import { isVideoUrl, videoFrame } from "./video-embed.ts";

/** An attachment of the export as a body needs it: its file's URL and text alternative. */
export interface AttachmentRef {
  readonly url: string;
  readonly alt: string;
}

/** What converting one body's shortcodes needs and tells. */
export interface ShortcodeEnv {
  readonly attachment: (id: string) => AttachmentRef | undefined;
  /** The attachments uploaded to a post, for a [gallery] without ids. */
  readonly attachedTo: (postId: string) => readonly string[];
  readonly postId: string;
  readonly converted: (name: string) => void;
  readonly left: (name: string, line: number, raw: string) => void;
  /** A stand-in for a left shortcode's own tag that later steps carry through untouched (see body.ts). */
  readonly keep: (tag: string) => string;
}

// Membership, login and form plugins: what they showed needed the old site's server, so they go.
const SERVER_ONLY = /^(s2member-.*|contact-form-7|wpforms|gravityforms?|mc4wp_form|ninja_forms?)$/i;
const VIDEO_LINE = /^[ \t]*(?:<p>)?[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*(?:<\/p>)?[ \t]*$/gim;

/**
 * A body's shortcodes in HTML newsdesk shows: [caption] a figure, [gallery] its images, [embed], [youtube] and
 * [video] (and a video URL alone on its line, as WordPress embeds it) a frame; login and form shortcodes are
 * removed; any other is left as written and reported, with its line in the body.
 */
export function convertShortcodes(body: string, env: ShortcodeEnv): string {
  const codes = replaceShortcodes(body, (code) => convertOne(code, env) ?? left(code, body, env));
  return embedVideoLines(codes, env);
}

// WordPress embeds a video page's URL written alone on its line.
function embedVideoLines(codes: string, env: ShortcodeEnv): string {
  return codes.replace(VIDEO_LINE, (line, url: string) => {
    const frame = isVideoUrl(url) ? videoFrame(url) : undefined;
    if (!frame) return line;
    env.converted("embed");
    return frame;
  });
}

// Reported, and written back as it was: its tags kept verbatim, what it encloses converted like the rest.
function left(code: Shortcode, body: string, env: ShortcodeEnv): string {
  env.left(code.name, lineOf(body, code.index), code.raw);
  if (code.content === undefined) return env.keep(code.raw);
  const open = code.raw.slice(0, code.raw.length - code.content.length - `[/${code.name}]`.length);
  return env.keep(open) + convertShortcodes(code.content, env) + env.keep(`[/${code.name}]`);
}

function convertOne(code: Shortcode, env: ShortcodeEnv): string | undefined {
  const name = code.name.toLowerCase();
  const done = (html: string) => (env.converted(code.name), html);
  if (SERVER_ONLY.test(name)) return done("");
  if (name === "caption" || name === "wp_caption") return done(caption(code));
  if (name === "gallery") return done(gallery(code, env));
  if (["embed", "youtube", "vimeo", "video", "audio"].includes(name)) {
    const url =
      (code.content ?? "").trim() ||
      code.attrs.src ||
      code.attrs.mp4 ||
      code.attrs.mp3 ||
      code.attrs.url ||
      code.attrs["0"] ||
      "";
    const frame = videoFrame(url, code.attrs.title);
    if (frame) return done(frame);
    // A video file of the old site, or a page no frame can show: a link to it is what a reader can still follow.
    if (/^https?:\/\//i.test(url)) return done(`<p><a href="${attr(url)}">${attr(url)}</a></p>`);
  }
  return undefined;
}

// [caption]<a><img></a> Text[/caption], or caption="Text": an image and its caption as a <figure>.
function caption(code: Shortcode): string {
  const content = code.content ?? "";
  const image = /(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(content);
  const text = (code.attrs.caption ?? content.replace(image?.[0] ?? "", "")).trim();
  if (!image) return text;
  const img = /<img\b[^>]*>/i.exec(image[0])![0];
  return text === "" ? `<p>${img}</p>` : `<figure>${img}<figcaption>${text}</figcaption></figure>`;
}

// [gallery ids="12,13"] (or the post's own attachments): each image in its own paragraph.
function gallery(code: Shortcode, env: ShortcodeEnv): string {
  const listed = code.attrs.ids ?? code.attrs.include;
  const ids = listed ? listed.split(",").map((id) => id.trim()) : env.attachedTo(env.postId);
  return ids
    .map((id) => env.attachment(id))
    .filter((a): a is AttachmentRef => a !== undefined)
    .map((a) => `<p><img src="${attr(a.url)}" alt="${attr(a.alt)}"></p>`)
    .join("\n");
}

function attr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
