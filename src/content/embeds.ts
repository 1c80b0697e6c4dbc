import { checkExternalUrl } from "../model/safe-url.ts";

const NO_COOKIE = "www.youtube-nocookie.com";
const YOUTUBE = new Set(["www.youtube.com", "youtube.com"]);

/** A frame newsdesk shows as a click-to-load placeholder: what it loads, from which host, where else to watch it. */
export interface Embed {
  readonly src: string;
  readonly host: string;
  readonly watch: string;
}

/** An <iframe> newsdesk shows, or why it is not shown. */
export type EmbedCheck =
  ({ readonly ok: true } & Embed) | { readonly ok: false; readonly reason: string; readonly fix: string };

/**
 * The frame an <iframe src> may load: an https URL on a host of `allowed`, a YouTube embed moved to its no-cookie
 * host (the same player, without tracking cookies before play). `watch` is where a reader can open it instead.
 */
export function checkEmbed(src: string | undefined, allowed: readonly string[]): EmbedCheck {
  const fix = "link to the video instead, or use an embed address that starts with https://";
  if (!src) return { ok: false, reason: "<iframe> without a src", fix: "delete it, or link to what it showed" };
  const checked = checkExternalUrl(src.trim());
  if (!checked.ok) return { ok: false, reason: `<iframe> src ${checked.reason}`, fix };
  const url = new URL(checked.value);
  if (url.protocol !== "https:") return { ok: false, reason: `<iframe> from ${url.host} is not https`, fix };
  // The CSP's frame-src names each host without a port, so a frame on another port would never load.
  if (url.port !== "")
    return {
      ok: false,
      reason: `<iframe> from ${url.host} names a port`,
      fix: `write the address without :${url.port}`,
    };
  // A YouTube player is always loaded from the no-cookie host, when the site allows YouTube by any of its names.
  if (
    YOUTUBE.has(url.hostname) &&
    url.pathname.startsWith("/embed/") &&
    allowed.some((h) => h === NO_COOKIE || YOUTUBE.has(h))
  ) {
    url.hostname = NO_COOKIE;
    return { ok: true, src: url.href, host: url.hostname, watch: watchUrl(url) };
  }
  // The CSP frames YouTube only as its no-cookie host: a player page (/watch, /live/…) cannot be framed.
  if (YOUTUBE.has(url.hostname) && allowed.some((h) => h === NO_COOKIE || YOUTUBE.has(h))) {
    return {
      ok: false,
      reason: `<iframe> from ${url.hostname} is not a YouTube embed address (/embed/…)`,
      fix: "use the video's embed address, https://www.youtube.com/embed/ID, or link to the video",
    };
  }
  const youtube = url.hostname === NO_COOKIE && allowed.some((h) => YOUTUBE.has(h));
  if (!allowed.includes(url.hostname) && !youtube) {
    return {
      ok: false,
      reason: `<iframe> from ${url.hostname} is not an allowed embed host`,
      fix: `add ${url.hostname} to embeds: in site.yaml if you trust it, or link to the page instead`,
    };
  }
  return { ok: true, src: url.href, host: url.hostname, watch: watchUrl(url) };
}

/** The hosts pages may frame (the CSP's frame-src): the allowed ones, YouTube's as its no-cookie host. */
export function frameHosts(allowed: readonly string[]): string[] {
  return [...new Set(allowed.map((host) => (YOUTUBE.has(host) ? NO_COOKIE : host)))].sort();
}

// A video's own page for readers who would rather not load the player here; the embed URL itself otherwise.
function watchUrl(embed: URL): string {
  const youtube = /^\/embed\/([\w-]{6,})$/.exec(embed.pathname);
  if (embed.hostname === NO_COOKIE && youtube && youtube[1] !== "videoseries") {
    const start = /^\d+$/.exec(embed.searchParams.get("start") ?? "")?.[0];
    return `https://www.youtube.com/watch?v=${youtube[1]}${start ? `&t=${start}s` : ""}`;
  }
  const list = embed.searchParams.get("list");
  if (embed.hostname === NO_COOKIE && list) return `https://www.youtube.com/playlist?list=${encodeURIComponent(list)}`;
  const vimeo = /^\/video\/(\d+)$/.exec(embed.pathname);
  if (embed.hostname === "player.vimeo.com" && vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return embed.href;
}

/** What marks a body that holds a placeholder (either form), so its page loads layouts/assets/embed.js. */
export const EMBED_PLACEHOLDER = ' class="embed" data-embed-src=';

/**
 * The click-to-load placeholder an allowed <iframe> becomes (layouts/assets/embed.js loads the frame on click): a
 * <figure>, or where only phrasing content may stand (an <iframe> inside a paragraph or heading) the same of <span>s.
 */
export function embedPlaceholder(
  embed: Embed,
  title: string,
  escape: (text: string) => string,
  phrasing = false,
): string {
  const name = title.trim() || `Embedded content from ${embed.host}`;
  const watchHost = new URL(embed.watch).hostname;
  const [outer, box, line] = phrasing ? ["span", "span", "span"] : ["figure", "div", "p"];
  return (
    `<${outer}${EMBED_PLACEHOLDER}"${escape(embed.src)}" data-embed-title="${escape(name)}">` +
    `<${box} class="embed-placeholder"><${line} class="embed-title">${escape(name)}</${line}>` +
    `<button type="button" class="embed-load">Load the video from ${escape(embed.host)}</button> ` +
    `<a class="embed-link" href="${escape(embed.watch)}">Watch on ${escape(watchHost)}</a></${box}></${outer}>`
  );
}
