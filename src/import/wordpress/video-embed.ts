// WordPress turns a video page's URL into a player (oEmbed). newsdesk shows players as click-to-load frames from
// the hosts a site allows (src/content/embeds.ts), so a URL becomes the <iframe> of that player's embed address:
// YouTube on its no-cookie host, Vimeo on its player host. Any other URL has no frame newsdesk could show.

/** The <iframe> for a YouTube or Vimeo page URL, with a title, or undefined for any other URL. */
export function videoFrame(url: string, title?: string): string | undefined {
  const player = playerOf(url.trim());
  if (!player) return undefined;
  const name = title?.trim() || player.title;
  return `<iframe src="${escapeAttr(player.src)}" title="${escapeAttr(name)}"></iframe>`;
}

/** True for a URL videoFrame() turns into a frame. */
export function isVideoUrl(url: string): boolean {
  return playerOf(url.trim()) !== undefined;
}

function playerOf(text: string): { src: string; title: string } | undefined {
  let url: URL;
  try {
    url = new URL(text.replace(/&amp;/g, "&"));
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const id =
    host === "youtu.be"
      ? url.pathname.slice(1)
      : host === "youtube.com" || host === "youtube-nocookie.com"
        ? (url.searchParams.get("v") ?? /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname)?.[1])
        : undefined;
  if (id !== undefined && /^[\w-]{6,}$/.test(id)) {
    const start = /^(\d+)s?$/.exec(url.searchParams.get("t") ?? url.searchParams.get("start") ?? "")?.[1];
    const query = start ? `?start=${start}` : "";
    return { src: `https://www.youtube-nocookie.com/embed/${id}${query}`, title: `YouTube video ${id}` };
  }
  const vimeo =
    host === "vimeo.com" || host === "player.vimeo.com" ? /(\d{5,})\/?$/.exec(url.pathname)?.[1] : undefined;
  if (vimeo) return { src: `https://player.vimeo.com/video/${vimeo}`, title: `Vimeo video ${vimeo}` };
  return undefined;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
