import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../../src/content/site-yaml.ts";
import { SITE_DEFAULTS } from "../../../src/model/site-config.ts";

const AT = { line: 7, column: 1 };
const BASE = {
  title: "Desk",
  url: "https://desk.example",
  language: "en",
  timezone: "UTC",
  description: "A desk.",
  copyright: "Desk",
};
const read = (extra: Record<string, unknown>) => readSiteConfig({ ...BASE, ...extra }, "_data/site.yaml", () => AT);

describe("site.yaml html and embeds", () => {
  it("default to raw HTML through the allowlist and YouTube and Vimeo as embed hosts", () => {
    const { config, diagnostics } = read({});
    expect(diagnostics).toEqual([]);
    expect([config.html, config.embeds]).toEqual([
      "allowlist",
      ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"],
    ]);
  });

  it("read html: text, and a list of hosts (lowercased, each once); [] allows none", () => {
    expect(read({ html: "text" }).config.html).toBe("text");
    expect(read({ embeds: ["Player.Vimeo.com", "player.vimeo.com", "media.example.org"] }).config.embeds).toEqual([
      "player.vimeo.com",
      "media.example.org",
    ]);
    expect(read({ embeds: [] }).config.embeds).toEqual([]);
  });

  it("warn at the field about a bad html value or a host that is not one, and leave it out", () => {
    const { config, diagnostics } = read({
      html: "raw",
      embeds: ["https://evil.example/x", "*.example.org", 3, "ok.example"],
    });
    expect(config.html).toBe("allowlist");
    expect(config.embeds).toEqual(["ok.example"]);
    expect(diagnostics.map((d) => [d.line, d.field, d.message])).toEqual([
      [7, "html", "'raw' is not a usable html; using 'allowlist'"],
      [7, "embeds", "'https://evil.example/x' is not a host name; it is left out"],
      [7, "embeds", "'*.example.org' is not a host name; it is left out"],
      [7, "embeds", "'3' is not a host name; it is left out"],
    ]);
  });

  it("warn about embeds that are not a list, and keep the defaults", () => {
    const { config, diagnostics } = read({ embeds: "www.youtube.com" });
    expect(config.embeds).toEqual(SITE_DEFAULTS.embeds);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "'www.youtube.com' is not a list of hosts; using www.youtube-nocookie.com, www.youtube.com, player.vimeo.com",
    ]);
  });
});
