import { describe, expect, it } from "vitest";
import { authorsOf, isFalse, isTrue, stringList, termsOf } from "../../../src/import/source-fields.ts";

describe("source fields", () => {
  it("reads lists written as lists or strings, Jekyll's words split on spaces", () => {
    expect(stringList(["Europol", " ", 2021])).toEqual(["Europol", "2021"]);
    expect(stringList("ransomware botnet", true)).toEqual(["ransomware", "botnet"]);
    expect(stringList("United Kingdom")).toEqual(["United Kingdom"]);
  });

  it("collects categories and tags once each, first spelling kept", () => {
    expect(
      termsOf({ categories: "Takedowns News", category: "Europe", tags: ["Europol", "news"], tag: "FBI" }, true),
    ).toEqual(["Takedowns", "News", "Europe", "Europol", "FBI"]);
  });

  it("reads authors as strings, lists or { name } objects", () => {
    expect(authorsOf({ author: { name: "Marta Kowalczyk" }, authors: ["Tom Ellery", "Marta Kowalczyk"] })).toEqual([
      "Marta Kowalczyk",
      "Tom Ellery",
    ]);
  });

  it("reads Jekyll's booleans", () => {
    expect([isFalse(false), isFalse("no"), isFalse("false"), isFalse(undefined)]).toEqual([true, true, true, false]);
    expect([isTrue(true), isTrue("yes"), isTrue("0")]).toEqual([true, true, false]);
  });
});
