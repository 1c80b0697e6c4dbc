import { describe, expect, it } from "vitest";
import { addressIndex, type AddressIndex } from "../../../src/site/address-index.ts";
import { ARTICLE_LINK_FORM, linkSuggestion } from "../../../src/site/link-suggestion.ts";
import type { SiteAddresses } from "../../../src/site/site-addresses.ts";

const ADDRESSES: SiteAddresses = {
  pages: new Set([
    "/",
    "/2019/05/qsb-29/",
    "/2017/04/qsb-29/",
    "/2017/04/xsa-206/",
    "/2016/07/new-hw-certification/",
    "/topics/security/",
    "/topics/security/page/2/",
    "/feed.xml",
  ]),
  redirects: new Map([
    ["/news/2016/01/01/old-name/", "/2016/07/new-hw-certification/"],
    ["/topics/secure/", "/topics/security/"],
  ]),
};

// The index, and how often the suggestion asked for it.
function indexed(): { index: () => AddressIndex; made: () => number } {
  let made = 0;
  return { index: () => (made++, addressIndex(ADDRESSES)), made: () => made };
}
const suggest = (path: string) => linkSuggestion(path, ADDRESSES, indexed().index);

describe("linkSuggestion", () => {
  it("names the page a link is missing its slash of, without making the index", () => {
    const { index, made } = indexed();
    expect(linkSuggestion("/2017/04/xsa-206", ADDRESSES, index)).toBe("did you mean /2017/04/xsa-206/?");
    expect(linkSuggestion("/topics/secure", ADDRESSES, index)).toBe("did you mean /topics/security/?");
    expect(made()).toBe(0);
  });

  it("finds an article by the old site's /news/YYYY/MM/DD/slug/ address, a .html name or another case", () => {
    expect(suggest("/news/2017/04/28/xsa-206/")).toBe("did you mean /2017/04/xsa-206/?");
    expect(suggest("/xsa-206.html")).toBe("did you mean /2017/04/xsa-206/?");
    expect(suggest("/2017/04/XSA-206/")).toBe("did you mean /2017/04/xsa-206/?");
    expect(suggest("/2018/11/xsa-206/")).toBe("did you mean /2017/04/xsa-206/?");
  });

  it("picks the page of the nearest month when a slug is the end of two, and names both when the link has no date", () => {
    expect(suggest("/news/2017/04/28/qsb-29/")).toBe("did you mean /2017/04/qsb-29/?");
    expect(suggest("/news/2019/06/02/qsb-29/")).toBe("did you mean /2019/05/qsb-29/?");
    expect(suggest("/qsb-29.html")).toBe("did you mean /2019/05/qsb-29/ or /2017/04/qsb-29/? (2 pages end in qsb-29)");
    expect(suggest("/news/2018/05/01/qsb-29/")).toBe("did you mean /2019/05/qsb-29/?");
  });

  it("leads an old address's slug to where its redirect goes", () => {
    expect(suggest("/blog/old-name.html")).toBe("did you mean /2016/07/new-hw-certification/?");
  });

  it("finds other pages by their last segment", () => {
    expect(suggest("/tags/security/")).toBe("did you mean /topics/security/?");
    expect(suggest("/news/feed.xml")).toBe("did you mean /feed.xml?");
  });

  it("finds a typo of a slug among the pages of the month the link names, not elsewhere", () => {
    expect(suggest("/2017/04/xas-206/")).toBe("did you mean /2017/04/xsa-206/?");
    expect(suggest("/2017/05/xsa-2066/")).toBe("did you mean /2017/04/xsa-206/?");
    expect(suggest("/2015/04/xas-206/")).toBe(ARTICLE_LINK_FORM);
    expect(suggest("/archive/xas-206/")).toBe(ARTICLE_LINK_FORM);
  });

  it("gives the article address form for a page the site never had", () => {
    expect(suggest("/team/")).toBe("link to an article as /YYYY/MM/slug/");
    expect(suggest("/news/2017/04/")).toBe(ARTICLE_LINK_FORM);
  });
});
