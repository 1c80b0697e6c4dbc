import { describe, expect, it } from "vitest";
import { parseAttributes, replaceShortcodes } from "../../../../src/import/wordpress/shortcode-syntax.ts";
import { convertShortcodes, type ShortcodeEnv } from "../../../../src/import/wordpress/shortcodes.ts";
import { videoFrame } from "../../../../src/import/wordpress/video-embed.ts";

function env() {
  const converted: string[] = [];
  const left: [string, number, string][] = [];
  const kept: string[] = [];
  const value: ShortcodeEnv = {
    postId: "101",
    attachment: (id) =>
      ({ "501": { url: "https://news.example.org/wp-content/uploads/2024/03/a.png", alt: "Racks" } })[id],
    attachedTo: (id) => (id === "101" ? ["501", "999"] : []),
    converted: (name) => converted.push(name),
    left: (name, line, raw) => left.push([name, line, raw]),
    keep: (tag) => `<<${kept.push(tag) - 1}>>`,
  };
  return { value, converted, left, kept };
}

describe("shortcode syntax", () => {
  it("reads named, quoted, unquoted and positional attributes, and [name=value]", () => {
    expect(parseAttributes(` id="7" Title='Tip &quot;line&quot;' width=300 "pos" bare`)).toEqual({
      id: "7",
      title: 'Tip "line"',
      width: "300",
      "0": "pos",
      "1": "bare",
    });
    expect(parseAttributes("=https://youtu.be/abcdefgh")).toEqual({ "0": "https://youtu.be/abcdefgh" });
  });

  it("writes [[name]] as the literal [name] and passes what the callback leaves", () => {
    expect(replaceShortcodes("[[gallery]] [note]x[/note] [b]", (c) => (c.name === "b" ? "B" : undefined))).toBe(
      "[gallery] [note]x[/note] B",
    );
  });
});

describe("convertShortcodes", () => {
  it("makes a figure of [caption], from its text or its caption attribute", () => {
    const e = env();
    const body =
      '[caption id="a" width="300"]<a href="big.png"><img src="a.png" alt="Racks" /></a> Seized servers[/caption]';
    expect(convertShortcodes(body, e.value)).toBe(
      '<figure><img src="a.png" alt="Racks" /><figcaption>Seized servers</figcaption></figure>',
    );
    expect(convertShortcodes('[caption caption="Cap"]<img src="b.png">[/caption]', e.value)).toBe(
      '<figure><img src="b.png"><figcaption>Cap</figcaption></figure>',
    );
    expect(e.converted).toEqual(["caption", "caption"]);
  });

  it("lists a gallery's images, by ids or the post's own attachments, skipping unknown ids", () => {
    const e = env();
    const image = '<p><img src="https://news.example.org/wp-content/uploads/2024/03/a.png" alt="Racks"></p>';
    expect(convertShortcodes('[gallery ids="501, 12"]', e.value)).toBe(image);
    expect(convertShortcodes("[gallery columns=2]", e.value)).toBe(image);
    expect(convertShortcodes('[gallery include="501"]', e.value)).toBe(image);
  });

  it("embeds [embed], [youtube], [video] and a bare video URL on its line as allowed frames", () => {
    const e = env();
    const body =
      "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42[/embed]\n[youtube=https://youtu.be/abcDEF12345]\n" +
      '[video src="https://vimeo.com/123456789"]\n<p>https://youtu.be/Zx9yQ7rT3pA</p>\nSee https://youtu.be/Zx9yQ7rT3pA inline\n[video mp4="https://news.example.org/v.mp4"]\n' +
      '[audio mp3="https://news.example.org/a.mp3"][/audio]';
    expect(convertShortcodes(body, e.value).split("\n")).toEqual([
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42" title="YouTube video dQw4w9WgXcQ"></iframe>',
      '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345" title="YouTube video abcDEF12345"></iframe>',
      '<iframe src="https://player.vimeo.com/video/123456789" title="Vimeo video 123456789"></iframe>',
      '<iframe src="https://www.youtube-nocookie.com/embed/Zx9yQ7rT3pA" title="YouTube video Zx9yQ7rT3pA"></iframe>',
      "See https://youtu.be/Zx9yQ7rT3pA inline",
      '<p><a href="https://news.example.org/v.mp4">https://news.example.org/v.mp4</a></p>',
      '<p><a href="https://news.example.org/a.mp3">https://news.example.org/a.mp3</a></p>',
    ]);
    expect(e.converted).toEqual(["embed", "youtube", "video", "video", "audio", "embed"]);
  });

  it("removes login and form shortcodes, counted", () => {
    const e = env();
    const body =
      '[s2Member-Login login_redirect="/x/" /][s2Member-Profile /][contact-form-7 id="1"][wpforms id="2"][gravityform id=3][mc4wp_form][ninja_form id=4]';
    expect(convertShortcodes(body, e.value)).toBe("");
    expect(e.converted).toEqual([
      "s2Member-Login",
      "s2Member-Profile",
      "contact-form-7",
      "wpforms",
      "gravityform",
      "mc4wp_form",
      "ninja_form",
    ]);
  });

  it("leaves any other shortcode as written, reported with its line, converting what it encloses", () => {
    const e = env();
    const body =
      'Intro\n\n[pullquote align="right"]Quote [youtube https://youtu.be/abcDEF12345][/pullquote]\n[widget id=7]';
    expect(convertShortcodes(body, e.value)).toBe(
      'Intro\n\n<<0>>Quote <iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345" title="YouTube video abcDEF12345"></iframe><<1>>\n<<2>>',
    );
    expect(e.kept).toEqual(['[pullquote align="right"]', "[/pullquote]", "[widget id=7]"]);
    expect(e.left).toEqual([
      ["pullquote", 3, '[pullquote align="right"]Quote [youtube https://youtu.be/abcDEF12345][/pullquote]'],
      ["widget", 4, "[widget id=7]"],
    ]);
  });
});

describe("videoFrame", () => {
  it("knows YouTube and Vimeo page URLs only", () => {
    expect(videoFrame("https://www.youtube.com/shorts/abcDEF12345", "Talk")).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345" title="Talk"></iframe>',
    );
    expect(videoFrame("https://example.org/watch?v=abcDEF12345")).toBeUndefined();
  });
});
