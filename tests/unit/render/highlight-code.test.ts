import { describe, expect, it } from "vitest";
import { codeLanguage, highlightCode } from "../../../src/render/highlight-code.ts";
import { escapeHtml } from "../../../src/render/html.ts";

describe("codeLanguage", () => {
  it("maps the names editors write to the registered language", () => {
    const names = [
      "bash",
      "sh",
      "shell",
      "zsh",
      "console",
      "shell-session",
      "shell_session",
      "ps1",
      "pwsh",
      "js",
      "yml",
      "html",
      "py",
      "golang",
      "toml",
      "patch",
    ];
    expect(names.map(codeLanguage)).toEqual([
      "bash",
      "bash",
      "bash",
      "bash",
      "shell",
      "shell",
      "shell",
      "powershell",
      "powershell",
      "javascript",
      "yaml",
      "xml",
      "python",
      "go",
      "ini",
      "diff",
    ]);
  });

  it("reads only the info string's first word, in any case", () => {
    expect(codeLanguage("Python title=poc.py")).toBe("python");
    expect(codeLanguage("{.json}")).toBe("json");
  });

  it("names no language for plain text, no info string or one it does not know", () => {
    expect(
      ["", "text", "txt", "plain", "plaintext", "brainfuck", "1c", "__proto__", "constructor"].map(codeLanguage),
    ).toEqual(Array(9).fill(undefined));
  });
});

describe("highlightCode", () => {
  it("marks up a bash block with highlight.js spans", () => {
    expect(highlightCode("echo 'hi' # done", "bash", escapeHtml)).toEqual({
      language: "bash",
      html: '<span class="hljs-built_in">echo</span> <span class="hljs-string">&#x27;hi&#x27;</span> <span class="hljs-comment"># done</span>',
    });
  });

  it("marks up a json block with highlight.js spans", () => {
    expect(highlightCode('{"cve": 1}', "json", escapeHtml).html).toBe(
      '<span class="hljs-punctuation">{</span><span class="hljs-attr">&quot;cve&quot;</span><span class="hljs-punctuation">:</span> <span class="hljs-number">1</span><span class="hljs-punctuation">}</span>',
    );
  });

  it("never guesses: a block without a language or with an unknown one is escaped text", () => {
    expect(highlightCode("SELECT * FROM t WHERE a < 1;", "", escapeHtml)).toEqual({
      html: "SELECT * FROM t WHERE a &lt; 1;",
    });
    expect(highlightCode("SELECT 1;", "cobol", escapeHtml)).toEqual({ html: "SELECT 1;" });
  });

  it("keeps markup inside highlighted code as text", () => {
    const { html } = highlightCode('<script>alert("x")</script>', "javascript", escapeHtml);
    expect(html).not.toContain("<script");
    expect(html.replace(/<\/?span[^>]*>/g, "")).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});
