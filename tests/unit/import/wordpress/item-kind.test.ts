import { describe, expect, it } from "vitest";
import { itemKind } from "../../../../src/import/wordpress/item-kind.ts";
import { wxrPost } from "../../../helpers/wxr-item.ts";

const POST = wxrPost({
  title: "NCSC warns of router flaw",
  link: "https://news.example.org/2024/03/05/router-flaw/",
  id: "9",
  postName: "router-flaw",
});

describe("itemKind", () => {
  it("skips an item with no post_type, saying which element to add", () => {
    expect(itemKind({ ...POST, type: "" })).toEqual({
      is: "skipped",
      kind: "article",
      why: "it has no wp:post_type, so it is neither post nor page: add <wp:post_type>post</wp:post_type> to it",
    });
    expect(itemKind(POST)).toEqual({ is: "doc", kind: "article" });
  });
});
