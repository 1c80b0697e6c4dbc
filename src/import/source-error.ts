/**
 * A source newsdesk cannot import as given (not an export, cut short, damaged), told in one line that names the
 * file, the line and what to do; `newsdesk import` prints it without a stack and writes nothing more.
 */
export class SourceError extends Error {
  override readonly name = "SourceError";
}
