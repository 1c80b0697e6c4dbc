import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../src/import/address-book.ts";

const at = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/London" });

describe("AddressBook", () => {
  it("gives articles /YYYY/MM/slug/ in the site's zone and pages /slug/", () => {
    const book = new AddressBook();
    expect(book.claim("a", "takedown", at("2019-05-01T10:00:00"))).toEqual({
      slug: "takedown",
      path: "/2019/05/takedown/",
    });
    expect(book.claim("p", "about")).toEqual({ slug: "about", path: "/about/" });
  });

  it("keeps two posts sharing a slug: another month is another address, the same month gets -2, -3", () => {
    const book = new AddressBook();
    expect(book.claim("a", "update", at("2019-05-01")).path).toBe("/2019/05/update/");
    expect(book.claim("b", "update", at("2019-06-01")).path).toBe("/2019/06/update/");
    expect(book.claim("c", "update", at("2019-05-20")).path).toBe("/2019/05/update-2/");
    expect(book.claim("d", "update", at("2019-05-21")).path).toBe("/2019/05/update-3/");
    expect(book.claim("c", "other", at("2020-01-01")).path).toBe("/2019/05/update-2/");
  });

  it("resolves old addresses exactly, then without case, index.html or the final slash", () => {
    const book = new AddressBook();
    book.claim("a", "beta-2-released", at("2011-09-19"));
    book.addOld("a", "/news/2011/09/19/Beta-2-Released/");
    book.addOld("a", "/?p=12");
    expect(book.resolve("/news/2011/09/19/Beta-2-Released/")).toBe("/2011/09/beta-2-released/");
    expect(book.resolve("/news/2011/09/19/beta-2-released")).toBe("/2011/09/beta-2-released/");
    expect(book.resolve("/news/2011/09/19/Beta-2-Released/index.html")).toBe("/2011/09/beta-2-released/");
    expect(book.resolve("/?p=12")).toBe("/2011/09/beta-2-released/");
    expect(book.resolve("/?p=13")).toBeUndefined();
  });

  it("ignores an old address for a key that claimed nothing", () => {
    const book = new AddressBook();
    book.addOld("ghost", "/old/");
    expect(book.resolve("/old/")).toBeUndefined();
  });
});

describe("AddressBook and newsdesk's own addresses", () => {
  it("gives a page whose slug newsdesk uses for its own pages, or a number, a -page slug", () => {
    const book = new AddressBook();
    expect(book.claim("a", "search").path).toBe("/search-page/");
    expect(book.claim("b", "topics").path).toBe("/topics-page/");
    expect(book.claim("c", "2019").path).toBe("/2019-page/");
    expect(book.claim("d", "p").path).toBe("/p-page/");
    expect(book.claim("e", "about").path).toBe("/about/");
    expect(book.isNewAddress("/ABOUT/")).toBe(true);
    expect(book.isNewAddress("/search/")).toBe(false);
  });

  it("cuts a slug longer than a file name may be at a hyphen, and a run of one letter at 80", () => {
    const book = new AddressBook();
    const words = "europol-takedown-of-the-lockbit-ransomware-infrastructure-across-ten-countries-and-more";
    expect(book.claim("w", words, at("2024-02-20")).slug).toBe(
      "europol-takedown-of-the-lockbit-ransomware-infrastructure-across-ten-countries",
    );
    expect(book.claim("a", "a".repeat(300), at("2024-02-20"))).toEqual({
      slug: "a".repeat(80),
      path: `/2024/02/${"a".repeat(80)}/`,
    });
    expect(book.claim("b", "a".repeat(300), at("2024-02-21")).slug).toBe(`${"a".repeat(80)}-2`);
  });
});
