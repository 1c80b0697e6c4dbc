import { describe, expect, it } from "vitest";
import { findDefanged, isDefanged, mayHoldDefanged } from "../../../src/content/defanged.ts";

const found = (text: string) => findDefanged(text).map((s) => [s.start, s.end, s.text]);
const texts = (text: string) => findDefanged(text).map((s) => s.text);

describe("findDefanged: indicators a newsdesk writer broke on purpose", () => {
  it("finds a URL with an hxxp, hxxps, fxp or fxps scheme, its path and query included", () => {
    expect(found("Beacons go to hxxp://evil.example.com/x today.")).toEqual([[14, 39, "hxxp://evil.example.com/x"]]);
    expect(texts("Then hxxps://evil.example[.]com/gate.php?id=7&k=2.")).toEqual([
      "hxxps://evil.example[.]com/gate.php?id=7&k=2",
    ]);
    expect(texts("Stage two came from fxp://files.example.net/a.bin")).toEqual(["fxp://files.example.net/a.bin"]);
    expect(texts("HXXPS://EVIL.EXAMPLE.COM")).toEqual(["HXXPS://EVIL.EXAMPLE.COM"]);
  });

  it("finds host names and IPv4 addresses with a bracketed dot, in any of the three bracket pairs or as [dot]", () => {
    expect(found("Block example[.]com now.")).toEqual([[6, 19, "example[.]com"]]);
    expect(found("The server at 198.51.100[.]7 answered.")).toEqual([[14, 28, "198.51.100[.]7"]]);
    expect(texts("evil(.)example(.)net, evil{.}example{.}org and www[dot]evil[DOT]com")).toEqual([
      "evil(.)example(.)net",
      "evil{.}example{.}org",
      "www[dot]evil[DOT]com",
    ]);
    expect(texts("münchen[.]de and xn--mnchen-3ya[.]example")).toEqual(["münchen[.]de", "xn--mnchen-3ya[.]example"]);
  });

  it("finds email addresses with [@] or [at], and defanged scheme separators and ports", () => {
    expect(found("Write to user[@]example[.]com.")).toEqual([[9, 29, "user[@]example[.]com"]]);
    expect(texts("first.last[at]example.org and ops@example[.]net")).toEqual([
      "first.last[at]example.org",
      "ops@example[.]net",
    ]);
    expect(texts("http[:]//evil.example.com/x, https[://]evil.example.com and 198.51.100[.]7[:]8080/c2")).toEqual([
      "http[:]//evil.example.com/x",
      "https[://]evil.example.com",
      "198.51.100[.]7[:]8080/c2",
    ]);
  });

  it("takes a URL with a live scheme whose host or path is defanged", () => {
    expect(texts("https://evil[.]com/path and https://evil.example.com/a[.]php")).toEqual([
      "https://evil[.]com/path",
      "https://evil.example.com/a[.]php",
    ]);
  });

  it("leaves out the sentence's punctuation and a bracket that opened before the indicator", () => {
    expect(texts("(see hxxp://evil[.]com/x).")).toEqual(["hxxp://evil[.]com/x"]);
    expect(texts("hosts: evil[.]com, evil2[.]com; and [example[.]com]")).toEqual([
      "evil[.]com",
      "evil2[.]com",
      "example[.]com",
    ]);
    expect(texts("the page hxxp://wiki.example[.]org/Foo_(bar) is gone")).toEqual([
      "hxxp://wiki.example[.]org/Foo_(bar)",
    ]);
  });

  it("finds nothing in prose brackets, or in addresses without a defang mark", () => {
    for (const text of [
      "see [1] and a [.] in a sentence",
      "the end[.] Next sentence",
      "Visit https://example.com/ or example.com or desk@example.org",
      "e(.)g(.) and i(.)e(.) are not hosts",
      "version v1[.]2[.]3, section 3(.)2 and 1[.]5 million",
      "@evil[.]com is a handle, not a host",
      "hxxp://localhost/ has no dotted host",
    ]) {
      expect(findDefanged(text), text).toEqual([]);
    }
  });

  it("takes a name ending in a number only as an IPv4 address: four numbers up to 255", () => {
    expect(texts("10[.]0[.]0[.]1 and 256.1.1[.]1 and 1.2[.]3 and a[.]b[.]7")).toEqual(["10[.]0[.]0[.]1"]);
  });

  it("does not start inside a word or a longer dotted name", () => {
    expect(texts("evil[.]com_x, -evil[.]com and a.b[.]c")).toEqual([]);
  });
});

describe("findDefanged on hostile text", () => {
  it("stays linear on long runs that almost make an indicator (each would take seconds if quadratic)", () => {
    expect(findDefanged("a[.]".repeat(100_000) + "_")).toEqual([]);
    expect(findDefanged("a%".repeat(100_000))).toEqual([]);
    expect(findDefanged("a.".repeat(100_000))).toEqual([]);
    expect(found("e[.]com/" + ")".repeat(50_000))).toEqual([[0, 8, "e[.]com/"]]);
  });
});

describe("isDefanged", () => {
  it("is true only when the whole text is one indicator", () => {
    expect(isDefanged(" hxxp://evil[.]com ")).toBe(true);
    expect(isDefanged("the C2 at evil[.]com")).toBe(false);
    expect(isDefanged("evil[.]com and evil2[.]com")).toBe(false);
    expect(isDefanged("evil.com")).toBe(false);
  });
});

describe("mayHoldDefanged", () => {
  it("is false only for Markdown that cannot hold a mark or a defanged scheme, even once escapes are read", () => {
    expect(
      ["evil[.]com", "hxxp://x", "FXP://x", "a (dot) b", "example[\\.]com", "example&#91;.]com"].map(mayHoldDefanged),
    ).toEqual([true, true, true, true, true, true]);
    expect(["see [1] (and this)", "https://example.com/", "CVE-2024-3400"].map(mayHoldDefanged)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
