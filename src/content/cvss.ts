import cvssCalculator from "ae-cvss-calculator";

/** What readCvss makes of an article's `cvss:` vector: its version, score and rating, or what is wrong and what to write. */
export type CvssResult =
  | {
      ok: true;
      version: "3.1" | "4.0";
      vector: string;
      score: number;
      severity: "None" | "Low" | "Medium" | "High" | "Critical";
    }
  | { ok: false; message: string; fix: string };

type Version = "3.1" | "4.0";
// A metric as the specification's table gives it: abbreviation, name, and its values in the table's order.
type Metric = readonly [key: string, name: string, values: readonly string[]];
interface Spec {
  readonly metrics: readonly Metric[];
  /** The first `mandatory` metrics are the base metrics, which every vector gives. */
  readonly mandatory: number;
  /** CVSS 4.0 requires the specification's order; CVSS 3.1 prefers it and accepts any other. */
  readonly ordered: boolean;
  readonly example: string;
}

const HLN = ["H", "L", "N"];
const REQUIREMENT = ["X", "H", "M", "L"];
const MODIFIED_IMPACT = ["X", "H", "L", "N"];

const SPECS: Record<Version, Spec> = {
  "3.1": {
    metrics: [
      ["AV", "Attack Vector", ["N", "A", "L", "P"]],
      ["AC", "Attack Complexity", ["L", "H"]],
      ["PR", "Privileges Required", ["N", "L", "H"]],
      ["UI", "User Interaction", ["N", "R"]],
      ["S", "Scope", ["U", "C"]],
      ["C", "Confidentiality", HLN],
      ["I", "Integrity", HLN],
      ["A", "Availability", HLN],
      ["E", "Exploit Code Maturity", ["X", "H", "F", "P", "U"]],
      ["RL", "Remediation Level", ["X", "U", "W", "T", "O"]],
      ["RC", "Report Confidence", ["X", "C", "R", "U"]],
      ["CR", "Confidentiality Requirement", REQUIREMENT],
      ["IR", "Integrity Requirement", REQUIREMENT],
      ["AR", "Availability Requirement", REQUIREMENT],
      ["MAV", "Modified Attack Vector", ["X", "N", "A", "L", "P"]],
      ["MAC", "Modified Attack Complexity", ["X", "L", "H"]],
      ["MPR", "Modified Privileges Required", ["X", "N", "L", "H"]],
      ["MUI", "Modified User Interaction", ["X", "N", "R"]],
      ["MS", "Modified Scope", ["X", "U", "C"]],
      ["MC", "Modified Confidentiality", MODIFIED_IMPACT],
      ["MI", "Modified Integrity", MODIFIED_IMPACT],
      ["MA", "Modified Availability", MODIFIED_IMPACT],
    ],
    mandatory: 8,
    ordered: false,
    example: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
  },
  "4.0": {
    metrics: [
      ["AV", "Attack Vector", ["N", "A", "L", "P"]],
      ["AC", "Attack Complexity", ["L", "H"]],
      ["AT", "Attack Requirements", ["N", "P"]],
      ["PR", "Privileges Required", ["N", "L", "H"]],
      ["UI", "User Interaction", ["N", "P", "A"]],
      ["VC", "Vulnerable System Confidentiality", HLN],
      ["VI", "Vulnerable System Integrity", HLN],
      ["VA", "Vulnerable System Availability", HLN],
      ["SC", "Subsequent System Confidentiality", HLN],
      ["SI", "Subsequent System Integrity", HLN],
      ["SA", "Subsequent System Availability", HLN],
      ["E", "Exploit Maturity", ["X", "A", "P", "U"]],
      ["CR", "Confidentiality Requirements", REQUIREMENT],
      ["IR", "Integrity Requirements", REQUIREMENT],
      ["AR", "Availability Requirements", REQUIREMENT],
      ["MAV", "Modified Attack Vector", ["X", "N", "A", "L", "P"]],
      ["MAC", "Modified Attack Complexity", ["X", "L", "H"]],
      ["MAT", "Modified Attack Requirements", ["X", "N", "P"]],
      ["MPR", "Modified Privileges Required", ["X", "N", "L", "H"]],
      ["MUI", "Modified User Interaction", ["X", "N", "P", "A"]],
      ["MVC", "Modified Vulnerable System Confidentiality", MODIFIED_IMPACT],
      ["MVI", "Modified Vulnerable System Integrity", MODIFIED_IMPACT],
      ["MVA", "Modified Vulnerable System Availability", MODIFIED_IMPACT],
      ["MSC", "Modified Subsequent System Confidentiality", MODIFIED_IMPACT],
      ["MSI", "Modified Subsequent System Integrity", ["X", "S", "H", "L", "N"]],
      ["MSA", "Modified Subsequent System Availability", ["X", "S", "H", "L", "N"]],
      ["S", "Safety", ["X", "N", "P"]],
      ["AU", "Automatable", ["X", "N", "Y"]],
      ["R", "Recovery", ["X", "A", "U", "I"]],
      ["V", "Value Density", ["X", "D", "C"]],
      ["RE", "Vulnerability Response Effort", ["X", "L", "M", "H"]],
      ["U", "Provider Urgency", ["X", "Clear", "Green", "Amber", "Red"]],
    ],
    mandatory: 11,
    ordered: true,
    example: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
  },
};

const either = (words: readonly string[]) =>
  words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} or ${words.at(-1)!}`;
const both = (words: readonly string[]) =>
  words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
// "AT:N or AT:P": what may be written for a metric.
const choices = ([key, , values]: Metric) => either(values.map((value) => `${key}:${value}`));
const fail = (message: string, fix: string): CvssResult => ({ ok: false, message, fix });

/**
 * Reads an article's `cvss:` field, a CVSS 3.1 or 4.0 vector. A 3.1 vector's score is its environmental score when it
 * gives an environmental metric, else its temporal score when it gives a temporal one, else its base score (metrics in
 * any order, as the 3.1 specification allows); a 4.0 vector's is its CVSS-BTE score (metrics in the specification's
 * order, which 4.0 requires). Severity is the specification's qualitative rating of that score.
 */
export function readCvss(text: string): CvssResult {
  const vector = text.trim();
  const [prefix = "", ...parts] = vector.split("/");
  if (vector === "") {
    return fail(
      "the CVSS vector is blank",
      `write a CVSS 3.1 or 4.0 vector, e.g. ${SPECS["3.1"].example} or ${SPECS["4.0"].example}`,
    );
  }
  const version = /^CVSS:(.+)$/.exec(prefix)?.[1];
  if (version === undefined) {
    // A vector written without its prefix is most likely 4.0 when it names a 4.0-only base metric.
    const like = /(^|\/)(AT|VC):/.test(vector) ? "4.0" : "3.1";
    return fail(
      `the CVSS vector does not start with its version, CVSS:3.1/ or CVSS:4.0/ (it starts "${prefix}")`,
      `write the version the score was given in first, e.g. ${SPECS[like].example}`,
    );
  }
  if (version !== "3.1" && version !== "4.0") {
    const fix =
      version === "3.0"
        ? `CVSS 3.1 has the same metrics: write CVSS:3.1/${parts.join("/")}`
        : `rescore it as a CVSS 3.1 or 4.0 vector, e.g. ${SPECS["3.1"].example} or ${SPECS["4.0"].example}`;
    return fail(`CVSS version "${version}" is not accepted: newsdesk reads CVSS 3.1 and CVSS 4.0 vectors`, fix);
  }
  return readMetrics(version, vector, parts);
}

function readMetrics(version: Version, vector: string, parts: readonly string[]): CvssResult {
  const spec = SPECS[version];
  const eg = `e.g. ${spec.example}`;
  const given = new Map<string, string>();
  for (const part of parts) {
    const [key = "", value, ...rest] = part.split(":");
    if (key === "" || value === undefined || value === "" || rest.length > 0) {
      const what = part === "" ? "an empty metric (a doubled or trailing /)" : `"${part}", which is not a metric`;
      return fail(`the CVSS ${version} vector has ${what}`, `write each metric as NAME:VALUE between slashes, ${eg}`);
    }
    const metric = spec.metrics.find(([name]) => name === key);
    if (metric === undefined) return unknownMetric(version, key, part);
    const earlier = given.get(key);
    if (earlier !== undefined) {
      return fail(
        `${key} is given twice in the CVSS ${version} vector (${key}:${earlier} and ${part})`,
        `keep one ${key}, ${eg}`,
      );
    }
    const [, name, values] = metric;
    if (!values.includes(value)) {
      return fail(
        `${key} (${name}) cannot be ${value} in CVSS ${version}: it takes ${either(values)}`,
        `write ${choices(metric)}, ${eg}`,
      );
    }
    given.set(key, value);
  }
  const missing = spec.metrics.slice(0, spec.mandatory).filter(([key]) => !given.has(key));
  if (missing.length > 0) {
    return fail(
      `the CVSS ${version} vector is missing ${both(missing.map(([key, name]) => `${key} (${name})`))}`,
      `add ${missing.length === 1 ? choices(missing[0]!) : both(missing.map(([key]) => key))}, ${eg}`,
    );
  }
  const keys = [...given.keys()];
  const rank = (key: string) => spec.metrics.findIndex(([name]) => name === key);
  const late = keys.findIndex((key, i) => i > 0 && rank(key) < rank(keys[i - 1]!));
  if (spec.ordered && late > 0) {
    const ordered = [...keys].sort((a, b) => rank(a) - rank(b)).map((key) => `${key}:${given.get(key)!}`);
    return fail(
      `CVSS ${version} metrics go in the specification's order: ${keys[late]!} belongs before ${keys[late - 1]!}`,
      `write CVSS:${version}/${ordered.join("/")}`,
    );
  }
  return scored(version, vector);
}

function unknownMetric(version: Version, key: string, part: string): CvssResult {
  const { metrics, example } = SPECS[version];
  const names = metrics.map(([name]) => name);
  const other: Version = version === "3.1" ? "4.0" : "3.1";
  if (names.includes(key.toUpperCase())) {
    return fail(
      `CVSS ${version} has no metric "${key}": metric names are capitals`,
      `write ${key.toUpperCase()}, e.g. ${example}`,
    );
  }
  if (SPECS[other].metrics.some(([name]) => name === key)) {
    return fail(
      `CVSS ${version} has no metric "${key}" (${key} is a CVSS ${other} metric)`,
      `if the vector was scored with CVSS ${other}, start it CVSS:${other}/; if not, remove ${part}, e.g. ${example}`,
    );
  }
  return fail(
    `CVSS ${version} has no metric "${key}"`,
    `remove ${part}; CVSS ${version}'s metrics are ${both(names)}, e.g. ${example}`,
  );
}

// The vector is valid by here, so the calculator sees only what the specification allows.
function scored(version: Version, vector: string): CvssResult {
  const calculator = version === "3.1" ? new cvssCalculator.Cvss3P1(vector) : new cvssCalculator.Cvss4P0(vector);
  const score = calculator.calculateScores().overall;
  return { ok: true, version, vector, score, severity: severityOf(score) };
}

// The specification's qualitative rating scale, the same in 3.1 and 4.0.
function severityOf(score: number): "None" | "Low" | "Medium" | "High" | "Critical" {
  if (score === 0) return "None";
  if (score < 4) return "Low";
  if (score < 7) return "Medium";
  if (score < 9) return "High";
  return "Critical";
}
