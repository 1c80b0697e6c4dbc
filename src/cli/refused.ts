import { UsageError } from "./args.ts";

/**
 * A command line newsdesk will not carry out, told in one line (exit 2) without the usage text: the problem is the
 * path or value named, not the command's shape.
 */
export class Refused extends UsageError {}

/** A file-system error's reason in words, for a one-line refusal (no stack, no errno numbers). */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOENT":
      return "its folder does not exist and cannot be made there";
    case "ENOSPC":
      return "the disk is full";
    case "EISDIR":
      return "it is a folder";
    default:
      return (error as Error).message;
  }
}
