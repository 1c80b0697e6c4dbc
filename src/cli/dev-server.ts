import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, ListenOptions } from "node:net";
import { PORT_TRIES } from "./serve-port.ts";
import { malformedRequest } from "./request-guard.ts";
import { isLinkedRequest } from "./served-link.ts";
import { Refused, reasonOf } from "./refused.ts";

/** The parts of Eleventy's dev server (@11ty/eleventy-dev-server 2.x) serve sets up before it listens. */
interface DevServer {
  /** Its HTTP server, made on first use with the dev server's request handler. */
  readonly server: Server;
  readonly options: { messageOnStart?: unknown };
}

/** Eleventy's own holder of the dev server (`eleventy.eleventyServe`). */
interface EleventyServe {
  init(): Promise<void>;
  initServerInstance(): Promise<void>;
  readonly server: DevServer;
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Starts Eleventy's dev server on `host` only, and returns the port it really listens on (the next free one when
 * `port` was taken meanwhile). The dev server has no host option: it listens on every interface, which would
 * show drafts and embargoed stories to the network, so the host is added to its listen call. Its request handler
 * is put behind `guard`, and its port retries (which end in an uncaught error) are replaced by serve's own.
 */
export async function listenOn(eleventy: object, host: string, port: number, out: string): Promise<number> {
  const holder = (eleventy as { eleventyServe?: EleventyServe }).eleventyServe;
  if (!holder) throw new Error("Eleventy's dev server was not found: this version of Eleventy is not supported");
  await holder.init();
  await holder.initServerInstance();
  const dev = holder.server;
  const http = dev.server;
  // newsdesk prints its own line, with the address really listened on.
  (dev.options as { messageOnStart: () => boolean }).messageOnStart = () => false;
  guard(http, out);
  type Listen = (options: ListenOptions) => Server;
  const listen = http.listen.bind(http) as Listen;
  (http as unknown as { listen: Listen }).listen = (options) => listen({ ...options, host });
  http.removeAllListeners("error");
  const listening = new Promise<number>((resolve, reject) => {
    let at = port;
    http.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && at < port + PORT_TRIES - 1) http.listen({ port: ++at });
      else reject(new Refused(`cannot listen on ${host} port ${at}: ${reasonOf(error)}`));
    });
    http.once("listening", () => resolve((http.address() as AddressInfo).port));
  });
  listening.catch(() => {}); // awaited below: a refusal meanwhile is not an unhandled rejection
  await (eleventy as { serve(port: number): Promise<void> }).serve(port);
  return listening;
}

/**
 * Answers malformed requests (src/cli/request-guard.ts) with 400 and requests for a symbolic link planted in `out`
 * (src/cli/served-link.ts) with 404 before the dev server sees them, and turns any
 * error of its handler into a 500 for that request and one line in the terminal: a request never ends serve.
 */
function guard(http: Server, out: string): void {
  const handlers = http.listeners("request") as RequestHandler[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const problem = malformedRequest(req.url ?? "");
    if (problem) return answer(res, 400, `Bad request: ${problem}.`);
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost/").pathname);
    if (isLinkedRequest(out, path)) return answer(res, 404, "Not found: serve sends no file through a symbolic link.");
    const failed = (error: unknown) => {
      console.error(`[newsdesk] ${req.method} ${(req.url ?? "").slice(0, 200)} failed: ${(error as Error).message}`);
      if (!res.headersSent) answer(res, 500, "The preview server could not answer this request; see the terminal.");
      else res.destroy();
    };
    for (const handler of handlers) {
      try {
        const result = handler(req, res);
        if (result instanceof Promise) result.catch(failed);
      } catch (error) {
        failed(error);
      }
    }
  });
}

function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
