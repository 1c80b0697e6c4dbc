import { DateTime } from "luxon";

/** A parsed date, or what was wrong and the form expected. */
export type DateResult =
  | { readonly ok: true; readonly value: DateTime; readonly hasTime: boolean }
  | { readonly ok: false; readonly message: string; readonly suggestion: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const EXPECTED =
  "write it as YYYY-MM-DD (e.g. 2018-04-26) or YYYY-MM-DDTHH:MM with an optional offset (e.g. 2018-04-26T09:30:00+01:00)";

/**
 * Parses a front-matter date from its original text. A date without time is that calendar day in `zone`;
 * a date-time without an offset is read in `zone`. Impossible dates (2018-02-30) are errors, never rolled over.
 */
export function parseContentDate(text: string, zone: string): DateResult {
  // Many articles share a day: each date text is parsed once per zone and process (luxon's DateTime is immutable,
  // so articles can share one); cleared if the map ever grows huge.
  const key = `${zone} ${text}`;
  let result = parsedDates.get(key);
  if (result === undefined) {
    if (parsedDates.size > 200_000) parsedDates.clear();
    result = parseDate(text, zone);
    parsedDates.set(key, result);
  }
  return result;
}

const parsedDates = new Map<string, DateResult>();

function parseDate(text: string, zone: string): DateResult {
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (!dateOnly && !DATE_TIME.test(trimmed)) {
    return { ok: false, message: `'${trimmed}' is not a date`, suggestion: EXPECTED };
  }
  const parsed = DateTime.fromISO(trimmed.replace(" ", "T"), { zone, setZone: false }).setZone(zone);
  if (!parsed.isValid) {
    return {
      ok: false,
      message: `${trimmed.slice(0, 10)} does not exist${why(trimmed)}`,
      suggestion: `check the day and month; ${EXPECTED}`,
    };
  }
  return { ok: true, value: parsed, hasTime: !dateOnly };
}

// "February 2018 has 28 days", or the part that is out of range.
function why(text: string): string {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `: there is no month ${month}`;
  const days = DateTime.fromObject({ year, month }, { zone: "UTC" });
  if (day < 1 || day > (days.daysInMonth ?? 31)) return `: ${days.toFormat("LLLL yyyy")} has ${days.daysInMonth} days`;
  return ": the time is out of range";
}

// Formatting a date through Intl costs tens of microseconds and every list repeats the same few thousand
// dates, so each text is made once per build process (keyed by what it depends on; cleared if it ever grows huge).
const formatted = new Map<string, string>();
function memo(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 200_000) formatted.clear();
    text = make();
    formatted.set(key, text);
  }
  return text;
}

// The same DateTime objects (an article's date) are formatted on every page that lists the article: their texts
// are kept with the object too, which spares building the key above (luxon's getters are not free either).
const byObject = new WeakMap<DateTime, Map<string, string>>();
function memoFor(date: DateTime, kind: string, key: () => string, make: () => string): string {
  let texts = byObject.get(date);
  if (!texts) byObject.set(date, (texts = new Map<string, string>()));
  let text = texts.get(kind);
  if (text === undefined) texts.set(kind, (text = memo(key(), make)));
  return text;
}

/** "1 March 2019" in the site's language. */
export function formatLongDate(date: DateTime, locale: string): string {
  return memoFor(
    date,
    `d ${locale}`,
    () => `d${date.year}-${date.month}-${date.day} ${locale}`,
    () => date.setLocale(locale).toLocaleString({ day: "numeric", month: "long", year: "numeric" }),
  );
}

/** The machine-readable form for <time datetime> and feeds: ISO 8601 with offset. */
export function isoDateTime(date: DateTime): string {
  return memoFor(
    date,
    "i",
    () => `i${date.toMillis()} ${date.zoneName}`,
    () => date.toISO({ suppressMilliseconds: true }) ?? "",
  );
}

/** "March 2019" in the site's language. */
export function formatMonth(date: DateTime, locale: string): string {
  return memo(`m${date.year}-${date.month} ${locale}`, () =>
    date.setLocale(locale).toLocaleString({ month: "long", year: "numeric" }),
  );
}
