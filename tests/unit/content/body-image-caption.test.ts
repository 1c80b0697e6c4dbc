import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../src/content/markdown.ts";

const md = createMarkdown();
const render = (body: string) => renderMarkdown(md, body, { pathPrefix: "/" });
const IMG = '<img src="/images/a.png" alt="Login" data-newsdesk-image="images%2Fa.png">';

describe("an image's caption", () => {
  it("is the emphasised line alone after an image alone, with its inline markup", () => {
    expect(render("![Login](images/a.png)\n\n*Figure 2: the `login` [page](https://x.example/)*\n\nNext.\n")).toBe(
      `<figure>${IMG}<figcaption>Figure 2: the <code>login</code> <a href="https://x.example/">page</a></figcaption></figure>\n<p>Next.</p>\n`,
    );
    expect(render("![Login](images/a.png)\n\n_Figure 3_\n")).toBe(
      `<figure>${IMG}<figcaption>Figure 3</figcaption></figure>`,
    );
  });

  it("is not a line with more than the emphasis, nor one after an image with a title (the title is the caption)", () => {
    expect(render("![Login](images/a.png)\n\n*one* and *two*\n")).toBe(
      `<p>${IMG}</p>\n<p><em>one</em> and <em>two</em></p>\n`,
    );
    expect(render("![Login](images/a.png)\n\n**Bold**\n")).toBe(`<p>${IMG}</p>\n<p><strong>Bold</strong></p>\n`);
    expect(render('![Login](images/a.png "Title")\n\n*Not this*\n')).toBe(
      `<figure>${IMG}<figcaption>Title</figcaption></figure>\n<p><em>Not this</em></p>\n`,
    );
    expect(render("Text ![Login](images/a.png)\n\n*Not this*\n")).toBe(
      `<p>Text ${IMG}</p>\n<p><em>Not this</em></p>\n`,
    );
  });
});
