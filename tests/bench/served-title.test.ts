import { describe, expect, it } from "vitest";
import { servedTitle } from "../../bench/served-title.ts";

describe("the title a served page shows", () => {
  it("is an article page's h1, whitespace folded", () => {
    const html = `<title>Marker — Desk</title><main><h1>\n  Serve bench\n  edit 1 </h1><a href="/2018/01/x/">Other</a></main>`;
    expect(servedTitle("article", html, "/2018/01/x/")).toBe("Serve bench edit 1");
    expect(servedTitle("article", "<title>Only here</title>", "/2018/01/x/")).toBe(undefined);
  });

  it("is, on the home page, the first non-empty link to the article", () => {
    const html = `<a href="/2018/01/x/"><img alt=""></a><h3><a href="/2018/01/x/">New &amp; title</a></h3><a href="/2018/01/y/">Y</a>`;
    expect(servedTitle("home", html, "/2018/01/x/")).toBe("New & title");
    expect(servedTitle("home", html, "/2018/01/z/")).toBe(undefined);
  });
});
