import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isLinkedRequest } from "../../../src/cli/served-link.ts";
import { tempDir } from "../../helpers/cli.ts";

describe("isLinkedRequest", () => {
  it("refuses a request answered through a link in the preview folder, not through the folder's own", async () => {
    const root = await tempDir();
    const real = join(root, "real");
    mkdirSync(join(real, "story"), { recursive: true });
    writeFileSync(join(real, "story/index.html"), "page");
    writeFileSync(join(real, "about.html"), "about");
    writeFileSync(join(root, "secret.txt"), "secret");
    symlinkSync(join(root, "secret.txt"), join(real, "secret-link"));
    // A link to a file inside the folder is no page newsdesk wrote either.
    symlinkSync(join(real, "about.html"), join(real, "story/copy.html"));
    // --out itself may be a link (`_site` kept on another disk): what is in it is served.
    const out = join(root, "site");
    symlinkSync(real, out);
    const linked = ["/secret-link", "/story/copy.html", "/story/copy"];
    const plain = ["/", "/story/", "/story", "/about", "/about.html", "/missing/"];
    expect(linked.filter((path) => isLinkedRequest(out, path))).toEqual(linked);
    expect(plain.filter((path) => isLinkedRequest(out, path))).toEqual([]);
  });
});
