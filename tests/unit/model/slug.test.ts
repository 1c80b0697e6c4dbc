import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "../../../src/model/slug.ts";

describe("slugify", () => {
  it("treats curly and straight apostrophes alike", () => {
    expect(slugify("Islamic State’s digital assets")).toBe("islamic-states-digital-assets");
    expect(slugify("Islamic State's digital assets")).toBe("islamic-states-digital-assets");
  });

  it("transliterates accents and non-Latin scripts", () => {
    expect(slugify("Crème brûlée à Zürich")).toBe("creme-brulee-a-zuerich");
    expect(slugify("الدولة الإسلامية")).toBe("aldwlt-alaslamyt");
    expect(slugify("Операция Эндшпиль")).toBe("operatsiya-endshpil");
  });

  it("gives text with nothing to transliterate a stable, valid, non-empty slug", () => {
    const slug = slugify("日本のサイバー");
    expect(slug).toMatch(/^t-[0-9a-f]{8}$/);
    expect(slugify("日本のサイバー")).toBe(slug);
    expect(slugify("中国のサイバー")).not.toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it("checks the slug pattern", () => {
    expect(isSlug("eu-internet-referral-unit")).toBe(true);
    expect(isSlug("Bad Slug")).toBe(false);
    expect(isSlug("double--hyphen")).toBe(false);
    expect(isSlug("")).toBe(false);
  });
});
