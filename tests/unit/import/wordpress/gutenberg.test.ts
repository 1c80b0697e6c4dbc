import { describe, expect, it } from "vitest";
import { unblock } from "../../../../src/import/wordpress/gutenberg.ts";

describe("unblock", () => {
  it("drops block comments and leaves the HTML they wrap", () => {
    expect(unblock('<!-- wp:paragraph {"align":"left"} -->\n<p>Text</p>\n<!-- /wp:paragraph -->')).toBe(
      "\n<p>Text</p>\n",
    );
  });

  it("turns an embed block into its URL alone on a line, its caption a paragraph after it", () => {
    const block =
      '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/abcDEF12345\n</div><figcaption>Talk</figcaption></figure>';
    expect(unblock(block)).toBe("\nhttps://youtu.be/abcDEF12345\n\n<p>Talk</p>\n");
    expect(unblock(block.replace("<figcaption>Talk</figcaption>", ""))).toBe("\nhttps://youtu.be/abcDEF12345\n");
  });
});
