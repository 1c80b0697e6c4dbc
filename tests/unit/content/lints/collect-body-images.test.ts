import { describe, expect, it } from "vitest";
import { collectBodyImages } from "../../../../src/content/lints/collect-body-images.ts";
import { createMarkdown } from "../../../../src/content/markdown.ts";

const md = createMarkdown();

describe("collectBodyImages", () => {
  it("finds each content-folder image at its own line of the file, decoded, and leaves URLs out", () => {
    const body = [
      "Intro.", // body line 0 is file line 10
      "",
      "A paragraph that runs on,",
      "and shows ![one](images/a.png) then, a line later,",
      "![two](</images/my photo.png>) and ![remote](https://example.org/x.jpg).",
      "",
      "| a | b |",
      "|---|---|",
      "| x | ![cell](images/cell.png) |",
      "",
      "- ![listed](./images/list.png)",
      "",
      "[![linked](images/linked.png)](https://example.org/)",
    ].join("\n");
    expect(collectBodyImages(md.parse(body, {}), 10)).toEqual([
      { src: "images/a.png", line: 13 },
      { src: "/images/my photo.png", line: 14 },
      { src: "images/cell.png", line: 18 },
      { src: "./images/list.png", line: 20 },
      { src: "images/linked.png", line: 22 },
    ]);
  });

  it("marks content-folder images for the build and renders a titled image alone in its paragraph as a figure", () => {
    const figure = '![A "crate"](/images/a.png "Seized, 2024")';
    const body = `${figure}\n\nText ![b](images/b.png "B") and ![c](https://x.org/c.jpg).`;
    expect(md.render(body, { pathPrefix: "/news/" }).split("\n")).toEqual([
      '<figure><img src="/news/images/a.png" alt="A &quot;crate&quot;" data-newsdesk-image="images%2Fa.png">' +
        "<figcaption>Seized, 2024</figcaption></figure>",
      '<p>Text <img src="/news/images/b.png" alt="b" title="B" data-newsdesk-image="images%2Fb.png"> and ' +
        '<img src="https://x.org/c.jpg" alt="c">.</p>',
      "",
    ]);
  });
});
