import { describe, expect, it } from "vitest";
import { fillImageAlt } from "../../../../src/import/wordpress/image-alt.ts";

const attachments = (id: string) => (id === "501" ? { url: "x", alt: 'Racks of "seized" servers' } : undefined);

describe("fillImageAlt", () => {
  it("gives an image with an empty or missing alt its attachment's text alternative", () => {
    expect(fillImageAlt('<img src="a.png" class="size-full wp-image-501" alt="" width="40" />', attachments)).toBe(
      '<img alt="Racks of &quot;seized&quot; servers" src="a.png" class="size-full wp-image-501" width="40" />',
    );
    expect(fillImageAlt('<img class="wp-image-501" src="a.png">', attachments)).toBe(
      '<img alt="Racks of &quot;seized&quot; servers" class="wp-image-501" src="a.png">',
    );
  });

  it("keeps an alt the editor wrote, and images of unknown attachments", () => {
    const kept = [
      '<img class="wp-image-501" alt="Mine" src="a.png">',
      '<img class="wp-image-9" alt="" src="b.png">',
      '<img src="c.png">',
    ];
    for (const tag of kept) expect(fillImageAlt(tag, attachments)).toBe(tag);
  });
});
