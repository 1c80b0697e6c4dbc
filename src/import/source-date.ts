import { DateTime } from "luxon";

const WRITTEN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?[ \t]*(Z|[+-]\d{2}(?::?\d{2})?)?(?:[ \t]+[A-Z]{2,5})?$/i;

/**
 * A front-matter or file-name date as the source generator read it: "2019-03-05", "2019-03-05 14:30",
 * "2019-03-05 14:30:00 +0100", ISO forms, or a Date (TOML, YAML timestamps). Without an offset it is that wall
 * time in `zone`. Undefined when it is not a date.
 */
export function readSourceDate(value: unknown, zone: string): DateTime | undefined {
  if (value instanceof Date) return fromDate(value, zone);
  if (typeof value !== "string") return undefined;
  const m = WRITTEN.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", offset] = m;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Math.round(Number(`0.${frac}`) * 1000),
  };
  const at = offset ? DateTime.fromObject(parts, { zone: fixedZone(offset) }) : DateTime.fromObject(parts, { zone });
  return at.isValid ? at : undefined;
}

// "+0100", "+01:00", "-05", "Z" as luxon's fixed-offset zone name.
function fixedZone(offset: string): string {
  if (/^z$/i.test(offset)) return "UTC";
  const [, sign, hh, mm = "00"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset) ?? [];
  return `UTC${sign}${hh}:${mm}`;
}

// A TOML local date or date-time has no offset: smol-toml marks it, and it stands for the wall time in `zone`.
function fromDate(value: Date, zone: string): DateTime | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const local = (value as Date & { isLocal?: () => boolean }).isLocal?.() === true;
  return local ? readSourceDate(value.toISOString(), zone) : DateTime.fromJSDate(value, { zone });
}
