import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { OUTPUT_MARKER, hasMarker, unlistedFiles } from "./output-marker.ts";
import { Refused, reasonOf } from "./refused.ts";

/**
 * Refuses (exit 2) the folder `out` (a real folder, shown as `shown`) when it holds something and is not
 * newsdesk's: neither marked nor an older newsdesk's unmarked output. `duringBuild` is the last look before the
 * swap (src/cli/atomic.ts): by then the folder was claimed, so only the marker counts, and whatever is in it
 * appeared while the build ran.
 */
export function refuseForeignFolder(out: string, shown: string, duringBuild = false): void {
  let names: string[];
  try {
    names = readdirSync(out);
  } catch (error) {
    throw new Refused(`--out ${shown} cannot be read: ${reasonOf(error)}`);
  }
  if (names.length === 0 || hasMarker(out)) return;
  // Beside an older newsdesk's manifest, the files it names are that build's: the others are named.
  const unlisted = duringBuild ? undefined : unlistedFiles(out);
  if (unlisted?.length === 0) return;
  const foreign = unlisted ?? names;
  const listed = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? ", …" : "");
  const found = `--out ${shown} holds files newsdesk did not write (${listed}) and no ${OUTPUT_MARKER} marker`;
  if (duringBuild) {
    throw new Refused(
      `${found}: they were put there during the build, so nothing was replaced; move them away, or name another --out`,
    );
  }
  throw new Refused(
    `${found}: newsdesk replaces --out whole, so it builds only into a new or empty folder or one it built before; ` +
      `name another --out, or delete ${basename(out)} yourself if it is an old build`,
  );
}
