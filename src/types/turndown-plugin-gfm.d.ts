// The part of @joplin/turndown-plugin-gfm newsdesk uses (the package ships no types).
declare module "@joplin/turndown-plugin-gfm" {
  import type TurndownService from "turndown";
  /** Tables, strikethrough and task lists. */
  export const gfm: TurndownService.Plugin;
  /** GFM tables only. */
  export const tables: TurndownService.Plugin;
  /** ~~strikethrough~~ only. */
  export const strikethrough: TurndownService.Plugin;
}
