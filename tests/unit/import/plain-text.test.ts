import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/import/plain-text.ts";

describe("plainText", () => {
  it("drops Markdown and HTML marks and keeps the words", () => {
    expect(plainText("Police in *six* countries, **Europol** said: [read](/x/) `now`")).toBe(
      "Police in six countries, Europol said: read now",
    );
    expect(plainText("<p>CISA &amp; the NCSC</p>\n<p>warn   of  attacks</p>")).toBe("CISA & the NCSC warn of attacks");
    expect(plainText("file_name_here stays, _this_ does not")).toBe("file_name_here stays, this does not");
  });
});
