import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command line that cannot be understood: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Parses a command's options strictly; unknown options and missing values are usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Common content options of build, check, new and serve. */
export const CONTENT_OPTIONS = {
  content: { type: "string", default: "content" },
} as const;

/** A positive whole number option, or a usage error naming it. */
export function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number, not '${value}'`);
  return n;
}
