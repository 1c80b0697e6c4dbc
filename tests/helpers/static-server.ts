import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
  ".opml": "text/x-opml",
  ".txt": "text/plain",
};

/** A running static server for a built site. */
export interface StaticServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 like a static host: /a/ → /a/index.html, misses get /404.html with status 404.
 * With `prefix` ("/news/"), the site is served under that path and nothing outside it exists; `headers` go on every response.
 */
export async function serveStatic(
  root: string,
  prefix = "/",
  headers: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (file: string, status: number) => {
      res.writeHead(status, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
    };
    const notFound = () =>
      existsSync(join(root, "404.html")) ? send(join(root, "404.html"), 404) : (res.writeHead(404), res.end());
    if (!path.startsWith(prefix)) return notFound();
    const relative = normalize(path.slice(prefix.length - 1));
    if (relative.includes("..")) return notFound();
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    return existsSync(file) ? send(file, 200) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
