import { createInterface } from "node:readline";

/**
 * Asks questions on a terminal; each answer is trimmed, and an empty answer keeps the default.
 * Lines typed ahead are queued, not lost; end of input (Ctrl+D) leaves the remaining questions unanswered.
 */
export async function ask<T extends string>(
  questions: readonly { key: T; question: string }[],
): Promise<Partial<Record<T, string>>> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Partial<Record<T, string>> = {};
  try {
    for (const { key, question } of questions) {
      process.stdout.write(`${question} `);
      const next = await lines.next();
      if (next.done) break;
      const answer = String(next.value).trim();
      if (answer !== "") answers[key] = answer;
    }
  } finally {
    rl.close();
  }
  return answers;
}

/** "Europol, FBI" → ["Europol", "FBI"]. */
export function splitList(answer: string | undefined): string[] {
  return (answer ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
