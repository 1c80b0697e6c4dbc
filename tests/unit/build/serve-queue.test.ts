import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OutputFile } from "../../../src/build/outputs.ts";
import type { SharedInputs } from "../../../src/build/render-memo.ts";
import { PAGES_QUEUED, ServeSession, type SessionModel } from "../../../src/build/serve-session.ts";

const root = mkdtempSync(join(tmpdir(), "newsdesk-serve-queue-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const made = { model: { content: { articles: [] } } } as unknown as SessionModel;
const shared: SharedInputs = { site: { title: "Desk" } };

// Pages compared by their text: file name → text.
function site(pages: Record<string, string>): OutputFile[] {
  return Object.entries(pages).map(([file, text]) => ({ path: `/${file}`, file, render: () => text }));
}

const files = (outputs: readonly OutputFile[]) => outputs.map((o) => o.file);
const texts = (outputs: readonly OutputFile[]) => outputs.map((o) => o.render());

describe("serve's write queue", () => {
  it("writes at most a write's worth, and the rest on the rebuilds it asks for, without loading again", () => {
    const session = new ServeSession(undefined, 3);
    const first = session.toWrite(site({ a: "1", b: "1", c: "1", d: "1", e: "1", f: "1", g: "1" }), made, shared, root);
    expect(files(first)).toEqual(["a", "b", "c"]);
    expect(session.hasQueued()).toBe(true);

    session.sawChanged([PAGES_QUEUED]);
    expect(session.onlyQueued()).toBe(true);
    expect(files(session.nextQueued())).toEqual(["d", "e", "f"]);
    session.sawChanged([PAGES_QUEUED]);
    expect(session.onlyQueued()).toBe(true);
    expect(files(session.nextQueued())).toEqual(["g"]);
    expect(session.hasQueued()).toBe(false);
    // Nothing queued: a rebuild for the queue's reason alone has nothing to write, and loads as for any change.
    session.sawChanged([PAGES_QUEUED]);
    expect(session.onlyQueued()).toBe(false);
  });

  it("takes the next pages in the first build's writes, before any watcher has seen a change", () => {
    const session = new ServeSession(undefined, 2);
    expect(files(session.toWrite(site({ a: "1", b: "1", c: "1" }), made, shared, root))).toEqual(["a", "b"]);
    expect(session.onlyQueued()).toBe(true);
    expect(files(session.nextQueued())).toEqual(["c"]);
    expect(session.onlyQueued()).toBe(false);
  });

  it("puts a save's changes first and keeps the queued pages it did not change, dropping those gone", () => {
    const session = new ServeSession(undefined, 3);
    session.toWrite(site({ a: "1", b: "1", c: "1", d: "1", e: "1", f: "1", g: "1" }), made, shared, root);
    // A save arrives while d…g wait: b and f change, e is gone, h is new.
    session.sawChanged([join(root, "articles", "x.md")]);
    expect(session.onlyQueued()).toBe(false);
    const next = session.toWrite(site({ a: "1", b: "2", c: "1", d: "1", f: "2", g: "1", h: "1" }), made, shared, root);
    expect(files(next)).toEqual(["b", "f", "h"]);
    expect(texts(next)).toEqual(["2", "2", "1"]);
    session.sawChanged([PAGES_QUEUED]);
    expect(session.onlyQueued()).toBe(true);
    // d and g, never written, still are; f went with the save's changes, in its new text; e is not written.
    const rest = session.nextQueued();
    expect(files(rest)).toEqual(["d", "g"]);
    expect(session.hasQueued()).toBe(false);
  });

  it("queues the error page shown on every page like any other write", () => {
    const session = new ServeSession(undefined, 2);
    session.toWrite(site({ a: "1", b: "1" }), made, shared, root);
    session.modelled({ pages: [{ path: "/a" }, { path: "/b" }, { path: "/c" }] } as never);
    const shown = session.errorOutputs([]);
    expect(shown).toHaveLength(2);
    expect(session.hasQueued()).toBe(true);
  });
});
