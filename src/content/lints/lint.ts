import type Token from "markdown-it/lib/token.mjs";

/** A warning a body lint found, at a line of the body (0-based, as markdown-it maps it). */
export interface BodyFinding {
  readonly bodyLine: number;
  readonly message: string;
  readonly suggestion: string;
}

/** Inline children with the body line of their block. */
export function inlineChildren(
  tokens: readonly Token[],
): { token: Token; line: number; siblings: readonly Token[]; index: number }[] {
  return tokens.flatMap((t) =>
    t.type === "inline" && t.children
      ? t.children.map((token, index) => ({ token, line: t.map?.[0] ?? 0, siblings: t.children!, index }))
      : [],
  );
}
