import type Token from "markdown-it/lib/token.mjs";

/** Where a child of an inline token sits: inside a link's text (and whether that text is the address), or raw code. */
export interface InlineScope {
  /** Inside a Markdown link, an autolink, a linkified address or a raw <a>. */
  readonly link: boolean;
  /** Inside an autolink or a linkified address: a link whose text is its address. */
  readonly address: boolean;
  /** Inside raw <code>, <kbd> or <samp>: text a writer marked as code without backticks. */
  readonly code: boolean;
}

const RAW_LINK_OPEN = /^<a[\s>]/i;
const RAW_LINK_CLOSE = /^<\/a\s*>/i;
const RAW_CODE_OPEN = /^<(?:code|kbd|samp)[\s>]/i;
const RAW_CODE_CLOSE = /^<\/(?:code|kbd|samp)\s*>/i;

/**
 * The scope of each of `children` (an inline token's children), read in order: an opening tag's scope is the one
 * it opens in, a closing tag's the one it closes. Rules that rewrite text use it to leave links and code alone.
 */
export function inlineScopes(children: readonly Token[]): InlineScope[] {
  let links = 0;
  let addresses = 0;
  let codes = 0;
  return children.map((child) => {
    const scope = { link: links > 0, address: addresses > 0, code: codes > 0 };
    // markdown-it marks both <https://…> and a linkified address with info "auto".
    const auto = child.info === "auto" ? 1 : 0;
    if (child.type === "link_open") {
      links++;
      addresses += auto;
    } else if (child.type === "link_close") {
      links = Math.max(0, links - 1);
      addresses = Math.max(0, addresses - auto);
    } else if (child.type === "html_inline") {
      if (RAW_LINK_OPEN.test(child.content)) links++;
      else if (RAW_LINK_CLOSE.test(child.content)) links = Math.max(0, links - 1);
      else if (RAW_CODE_OPEN.test(child.content)) codes++;
      else if (RAW_CODE_CLOSE.test(child.content)) codes = Math.max(0, codes - 1);
    }
    return scope;
  });
}
