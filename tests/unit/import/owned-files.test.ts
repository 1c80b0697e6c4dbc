import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImportManifest, sha256 } from "../../../src/import/import-manifest.ts";
import { OwnedFiles } from "../../../src/import/owned-files.ts";
import { tempDir } from "../../helpers/cli.ts";

async function setUp(force = false) {
  const content = await tempDir();
  const manifest = await ImportManifest.read(content);
  return { content, manifest, files: new OwnedFiles(content, manifest, force) };
}

describe("OwnedFiles", () => {
  it("writes a new file, finds it unchanged, replaces it when the source changed", async () => {
    const { content, manifest, files } = await setUp();
    expect(await files.write("articles/2019/05/a.md", "one", "wordpress:1")).toBe("written");
    expect(await files.write("articles/2019/05/a.md", "one", "wordpress:1")).toBe("unchanged");
    expect(await files.write("articles/2019/05/a.md", "two", "wordpress:1")).toBe("written");
    expect(await readFile(join(content, "articles/2019/05/a.md"), "utf8")).toBe("two");
    expect(manifest.get("articles/2019/05/a.md")).toEqual({ from: "wordpress:1", sha256: sha256("two") });
  });

  it("leaves a file an editor changed since, unless forced, and survives a manifest read back", async () => {
    const { content, manifest, files } = await setUp();
    await files.write("pages/about.md", "imported", "wordpress:2");
    await manifest.write(content);
    await writeFile(join(content, "pages/about.md"), "edited by hand");
    const again = new OwnedFiles(content, await ImportManifest.read(content), false);
    expect(await again.write("pages/about.md", "imported v2", "wordpress:2")).toBe("edited");
    expect(await readFile(join(content, "pages/about.md"), "utf8")).toBe("edited by hand");
    const forced = new OwnedFiles(content, await ImportManifest.read(content), true);
    expect(await forced.write("pages/about.md", "imported v2", "wordpress:2")).toBe("written");
    expect(await readFile(join(content, "pages/about.md"), "utf8")).toBe("imported v2");
  });

  it("never replaces a file import did not write, even forced, nor writes through a link out of the folder", async () => {
    const { content } = await setUp();
    await mkdir(join(content, "pages"));
    await writeFile(join(content, "pages/contact.md"), "the editor's");
    const forced = new OwnedFiles(content, await ImportManifest.read(content), true);
    expect(await forced.write("pages/contact.md", "imported", "wordpress:3")).toBe("foreign");
    expect(await readFile(join(content, "pages/contact.md"), "utf8")).toBe("the editor's");
    const outside = await tempDir();
    await symlink(outside, join(content, "articles"));
    expect(await forced.write("articles/2019/05/x.md", "x", "wordpress:4")).toBe("foreign");
    await expect(readFile(join(outside, "2019/05/x.md"))).rejects.toThrow();
  });

  it("claims a file holding exactly what it writes, left by an import stopped before its manifest, and updates it later", async () => {
    const { content, files } = await setUp();
    expect(await files.write("articles/2024/03/raid.md", "Europol raid", "wordpress:7")).toBe("written");
    // Stopped here: the manifest was never written.
    const manifest = await ImportManifest.read(content);
    const again = new OwnedFiles(content, manifest, false);
    expect(await again.write("articles/2024/03/raid.md", "Europol raid", "wordpress:7")).toBe("unchanged");
    expect(manifest.get("articles/2024/03/raid.md")).toEqual({ from: "wordpress:7", sha256: sha256("Europol raid") });
    expect(await again.write("articles/2024/03/raid.md", "Europol raid, updated", "wordpress:7")).toBe("written");
    await mkdir(join(content, "pages"), { recursive: true });
    await writeFile(join(content, "pages/tips.md"), "an editor's own page");
    expect(await again.write("pages/tips.md", "imported tips", "wordpress:8")).toBe("foreign");
  });
});
