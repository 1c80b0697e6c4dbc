import { createServer } from "node:net";
import { Refused, reasonOf } from "./refused.ts";

/** How many ports after the asked one serve tries when it is taken (as Eleventy's dev server does). */
export const PORT_TRIES = 10;

/**
 * The first port from `port` on that `host` can listen on now, tried before the first build so that preview links
 * carry the port really served. A host that cannot be listened on at all, or ten busy ports, are Refused.
 */
export async function freePortFrom(host: string, port: number): Promise<number> {
  if (port > 65_535) throw new Refused(`--port takes a port from 1 to 65535, not ${port}`);
  for (let at = port; at < port + PORT_TRIES && at <= 65_535; at++) {
    const error = await tryListen(host, at);
    if (error === undefined) return at;
    if (error.code !== "EADDRINUSE") throw new Refused(`cannot listen on ${host} port ${at}: ${reasonOf(error)}`);
  }
  throw new Refused(`ports ${port} to ${port + PORT_TRIES - 1} on ${host} are all in use: name a free one with --port`);
}

// Listens on host:port and closes again; the error when it could not.
function tryListen(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

/** Whether `host` is this machine alone (the loopback interface). */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `host` as written in a URL: IPv6 in brackets; every interface (0.0.0.0, ::) as localhost. */
export function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
