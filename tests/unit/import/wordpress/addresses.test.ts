import { describe, expect, it } from "vitest";
import { addressKey, oldAddresses, slugOf } from "../../../../src/import/wordpress/addresses.ts";
import { OldSite } from "../../../../src/import/wordpress/old-site.ts";
import { wxrPost } from "../../../helpers/wxr-item.ts";

const BASE = wxrPost({
  title: "Europol takes down botnet",
  link: "https://news.example.org/2024/03/05/europol-takedown/",
  id: "101",
  postName: "europol-takedown",
});

describe("slugOf", () => {
  it("keeps a valid post_name, else slugifies the decoded post_name or the title", () => {
    expect(slugOf(BASE, "x")).toBe("europol-takedown");
    expect(slugOf({ ...BASE, postName: "beh%c3%b6rden-warnen" }, "x")).toBe("behoerden-warnen");
    expect(slugOf({ ...BASE, postName: "Big_News" }, "x")).toBe("big-news");
    expect(slugOf({ ...BASE, postName: "" }, "Кіберполіція діє")).toBe("kiberpolitsiya-diye");
    expect(slugOf({ ...BASE, postName: ".." }, "FBI seizes forum")).toBe("fbi-seizes-forum");
    expect(slugOf({ ...BASE, postName: "%2e%2e/%2F" }, "FBI seizes forum")).toBe("fbi-seizes-forum");
    expect(slugOf({ ...BASE, postName: "../../etc/evil" }, "x")).toBe("etc-evil");
  });
});

describe("oldAddresses", () => {
  it("gives a post's link path, dated and bare slug paths, ?p=, and the same for each former slug", () => {
    const item = { ...BASE, meta: [{ key: "_wp_old_slug", value: "Old-Takedown" }] };
    expect(oldAddresses(item, "article")).toEqual([
      "/2024/03/05/europol-takedown/",
      "/europol-takedown/",
      "/?p=101",
      "/2024/03/05/Old-Takedown/",
      "/Old-Takedown/",
    ]);
  });

  it("gives a page its link path, ?page_id= and former slugs in the link's shape", () => {
    const page = { ...BASE, type: "page", id: "202", postName: "team", link: "https://news.example.org/about/team/" };
    const item = { ...page, meta: [{ key: "_wp_old_slug", value: "people" }] };
    expect(oldAddresses(item, "page")).toEqual(["/about/team/", "/?page_id=202", "/about/people/"]);
  });

  it("gives a draft with no slug only its link and id", () => {
    expect(
      oldAddresses({ ...BASE, id: "106", postName: "", link: "https://news.example.org/?p=106" }, "article"),
    ).toEqual(["/?p=106"]);
  });

  it("compares addresses decoded and without case", () => {
    expect(addressKey("/Beh%C3%B6rden/")).toBe(addressKey("/behörden/"));
  });
});

describe("OldSite", () => {
  const site = new OldSite({
    title: "",
    link: "https://news.example.org",
    description: "",
    language: "",
    baseSiteUrl: "https://www.news.example.org",
    baseBlogUrl: "",
  });

  it("reads absolute links on its hosts, root-relative ones and ?p= as pages, keeping only post queries", () => {
    expect(site.target("https://news.example.org/2024/03/05/x/?utm_source=feed#part")).toEqual({
      kind: "page",
      path: "/2024/03/05/x/",
      fragment: "#part",
    });
    expect(site.target("http://www.news.example.org/about/")).toEqual({ kind: "page", path: "/about/", fragment: "" });
    expect(site.target("?p=12")).toEqual({ kind: "page", path: "/?p=12", fragment: "" });
    expect(site.target("/?page_id=3")).toEqual({ kind: "page", path: "/?page_id=3", fragment: "" });
  });

  it("reads uploads as files, made absolute on the site", () => {
    expect(site.target("/wp-content/uploads/2024/03/caf%C3%A9-300x200.png")).toEqual({
      kind: "upload",
      file: "2024/03/café-300x200.png",
      url: "https://news.example.org/wp-content/uploads/2024/03/caf%C3%A9-300x200.png",
    });
  });

  it("reads a relative href against the page it is in", () => {
    const page = "https://news.example.org/2024/03/05/x/";
    expect(site.target("../../06/y/", page)).toEqual({ kind: "page", path: "/2024/03/06/y/", fragment: "" });
    expect(site.target("chart.png", page)).toEqual({ kind: "page", path: "/2024/03/05/x/chart.png", fragment: "" });
  });

  it("leaves other sites, fragments, mail and relative paths without a page alone", () => {
    for (const href of [
      "https://www.cisa.gov/news",
      "#top",
      "mailto:tips@news.example.org",
      "//cdn.example/x",
      "page.html",
    ]) {
      expect(site.target(href)).toBeUndefined();
    }
  });
});
