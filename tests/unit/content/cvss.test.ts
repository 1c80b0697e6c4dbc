import { describe, expect, it } from "vitest";
import { readCvss } from "../../../src/content/cvss.ts";

const EXAMPLE_31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
const EXAMPLE_40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

describe("readCvss with CVSS 3.1", () => {
  // Base scores from the 3.1 formulas, each checked against the calculator newsdesk scores with.
  it.each([
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "Critical"],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10, "Critical"],
    ["CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8, "High"],
    ["CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4, "Medium"],
    ["CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:C/C:H/I:N/A:L", 6.2, "Medium"],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, "Medium"],
    ["CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N", 3.8, "Low"],
    ["CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1, "Low"],
    ["CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, "Low"],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0, "None"],
  ])("scores the base vector %s as %d (%s)", (vector, score, severity) => {
    expect(readCvss(vector)).toEqual({ ok: true, version: "3.1", vector, score, severity });
  });

  it.each([
    // Temporal: Roundup(9.8 × 0.94 × 0.95 × 1) = Roundup(8.7514) = 8.8.
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C", 8.8, "High"],
    // Temporal: 10 × 0.92 is 9.200000000000001 in floating point; Appendix A's Roundup gives 9.2, a plain ceil 9.3.
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U", 9.2, "Critical"],
    // Environmental over temporal: a local attack vector with a high confidentiality requirement.
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C/CR:H/MAV:L", 7.6, "High"],
    // Environmental with a modified scope changed (3.1's 0.9731 × MISS term), on a base of 3.6.
    [
      "CVSS:3.1/AV:L/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N/CR:M/IR:H/AR:M/MAV:N/MAC:H/MPR:L/MUI:N/MS:C/MC:N/MI:L/MA:L",
      5.6,
      "Medium",
    ],
    // Environmental with the scope modified back to unchanged, on a base of 10.0 and a temporal score of 8.4.
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:U/RL:T/RC:R/CR:L/IR:L/AR:L/MS:U", 6.8, "Medium"],
    // Not Defined (X) everywhere: the base score.
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/CR:X", 9.8, "Critical"],
  ])("scores %s with its temporal and environmental metrics as %d (%s)", (vector, score, severity) => {
    expect(readCvss(vector)).toEqual({ ok: true, version: "3.1", vector, score, severity });
  });

  it("accepts the metrics in any order, as 3.1 allows, and trims the field", () => {
    const vector = "CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N";
    expect(readCvss(`  ${vector}\n`)).toEqual({ ok: true, version: "3.1", vector, score: 9.8, severity: "Critical" });
  });
});

describe("readCvss with CVSS 4.0", () => {
  // CVSS-BTE scores, each checked against FIRST's calculator logic and the calculator newsdesk scores with.
  it.each([
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10, "Critical"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, "Critical"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N", 8.7, "High"],
    ["CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5, "High"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", 6.9, "Medium"],
    // An interpolation that lands on x.x5: it rounds up to 5.7 (a naive rounding gives 5.6).
    ["CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L", 5.7, "Medium"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", 5.1, "Medium"],
    ["CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:L/VA:N/SC:L/SI:N/SA:N", 4.3, "Medium"],
    ["CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1, "Low"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0, "None"],
  ])("scores the base vector %s as %d (%s)", (vector, score, severity) => {
    expect(readCvss(vector)).toEqual({ ok: true, version: "4.0", vector, score, severity });
  });

  it.each([
    // Threat: unreported exploitation lowers 9.3; attacked (A) leaves it.
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U", 8.1, "High"],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A", 9.3, "Critical"],
    // Environmental: low requirements and an adjacent attacker, but a safety impact (S) on the subsequent system.
    [
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L/IR:L/AR:L/MAV:A/MSI:S/MSA:S",
      8.5,
      "High",
    ],
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/MAV:L/MPR:L/MVC:L", 4.7, "Medium"],
    ["CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:H/IR:H/AR:H", 7.3, "High"],
    // Supplemental metrics describe; they never change the score.
    ["CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Red", 9.3, "Critical"],
  ])("scores %s with its threat, environmental and supplemental metrics as %d (%s)", (vector, score, severity) => {
    expect(readCvss(vector)).toEqual({ ok: true, version: "4.0", vector, score, severity });
  });
});

describe("readCvss errors", () => {
  const rejects = (text: string, message: string, fix: string) =>
    expect(readCvss(text)).toEqual({ ok: false, message, fix });

  it("says a blank field is blank", () => {
    const fix = `write a CVSS 3.1 or 4.0 vector, e.g. ${EXAMPLE_31} or ${EXAMPLE_40}`;
    rejects("", "the CVSS vector is blank", fix);
    rejects(" \n", "the CVSS vector is blank", fix);
  });

  it("asks for the version prefix, with an example of the version the metrics look like", () => {
    const message = 'the CVSS vector does not start with its version, CVSS:3.1/ or CVSS:4.0/ (it starts "AV:N")';
    rejects(
      "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      message,
      `write the version the score was given in first, e.g. ${EXAMPLE_31}`,
    );
    rejects(
      EXAMPLE_40.slice("CVSS:4.0/".length),
      message,
      `write the version the score was given in first, e.g. ${EXAMPLE_40}`,
    );
    rejects(
      "CVSS:/AV:N",
      'the CVSS vector does not start with its version, CVSS:3.1/ or CVSS:4.0/ (it starts "CVSS:")',
      `write the version the score was given in first, e.g. ${EXAMPLE_31}`,
    );
  });

  it("names a version it does not read and the versions it does", () => {
    rejects(
      "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      'CVSS version "3.0" is not accepted: newsdesk reads CVSS 3.1 and CVSS 4.0 vectors',
      "CVSS 3.1 has the same metrics: write CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    );
    rejects(
      "CVSS:2/AV:N/AC:L/Au:N/C:P/I:P/A:P",
      'CVSS version "2" is not accepted: newsdesk reads CVSS 3.1 and CVSS 4.0 vectors',
      `rescore it as a CVSS 3.1 or 4.0 vector, e.g. ${EXAMPLE_31} or ${EXAMPLE_40}`,
    );
  });

  it("names a missing base metric and its values", () => {
    rejects(
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
      "the CVSS 3.1 vector is missing A (Availability)",
      `add A:H, A:L or A:N, e.g. ${EXAMPLE_31}`,
    );
    rejects(
      "CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
      "the CVSS 4.0 vector is missing AT (Attack Requirements)",
      `add AT:N or AT:P, e.g. ${EXAMPLE_40}`,
    );
  });

  it("names every missing base metric", () => {
    rejects(
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H",
      "the CVSS 4.0 vector is missing SC (Subsequent System Confidentiality), SI (Subsequent System Integrity) and SA (Subsequent System Availability)",
      `add SC, SI and SA, e.g. ${EXAMPLE_40}`,
    );
  });

  it("names an unknown metric, and the version it belongs to when it is the other version's", () => {
    rejects(
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:N",
      'CVSS 3.1 has no metric "XX"',
      `remove XX:N; CVSS 3.1's metrics are AV, AC, PR, UI, S, C, I, A, E, RL, RC, CR, IR, AR, MAV, MAC, MPR, MUI, MS, MC, MI and MA, e.g. ${EXAMPLE_31}`,
    );
    rejects(
      "CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
      'CVSS 3.1 has no metric "AT" (AT is a CVSS 4.0 metric)',
      `if the vector was scored with CVSS 4.0, start it CVSS:4.0/; if not, remove AT:N, e.g. ${EXAMPLE_31}`,
    );
    rejects(
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/C:H/I:H/A:H",
      'CVSS 4.0 has no metric "C" (C is a CVSS 3.1 metric)',
      `if the vector was scored with CVSS 3.1, start it CVSS:3.1/; if not, remove C:H, e.g. ${EXAMPLE_40}`,
    );
    rejects(
      "CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      'CVSS 3.1 has no metric "av": metric names are capitals',
      `write AV, e.g. ${EXAMPLE_31}`,
    );
  });

  it("names a metric given twice and both values", () => {
    rejects(
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L",
      "AV is given twice in the CVSS 3.1 vector (AV:N and AV:L)",
      `keep one AV, e.g. ${EXAMPLE_31}`,
    );
    rejects(
      `${EXAMPLE_40}/E:A/E:P`,
      "E is given twice in the CVSS 4.0 vector (E:A and E:P)",
      `keep one E, e.g. ${EXAMPLE_40}`,
    );
  });

  it("lists the values a metric takes when its value is not one of them", () => {
    rejects(
      "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      "AV (Attack Vector) cannot be Q in CVSS 3.1: it takes N, A, L or P",
      `write AV:N, AV:A, AV:L or AV:P, e.g. ${EXAMPLE_31}`,
    );
    // A base metric has no Not Defined (X); 4.0's UI has P and A where 3.1's has R.
    rejects(
      "CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
      "AV (Attack Vector) cannot be X in CVSS 4.0: it takes N, A, L or P",
      `write AV:N, AV:A, AV:L or AV:P, e.g. ${EXAMPLE_40}`,
    );
    rejects(
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
      "UI (User Interaction) cannot be R in CVSS 4.0: it takes N, P or A",
      `write UI:N, UI:P or UI:A, e.g. ${EXAMPLE_40}`,
    );
    rejects(
      `${EXAMPLE_40}/U:red`,
      "U (Provider Urgency) cannot be red in CVSS 4.0: it takes X, Clear, Green, Amber or Red",
      `write U:X, U:Clear, U:Green, U:Amber or U:Red, e.g. ${EXAMPLE_40}`,
    );
  });

  it("asks for 4.0's metrics in the specification's order, writing the vector in that order", () => {
    rejects(
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/SC:N/VI:H/SI:N/VA:H/SA:N",
      "CVSS 4.0 metrics go in the specification's order: VI belongs before SC",
      `write ${EXAMPLE_40}`,
    );
    rejects(
      `${EXAMPLE_40}/CR:H/E:A`,
      "CVSS 4.0 metrics go in the specification's order: E belongs before CR",
      `write ${EXAMPLE_40}/E:A/CR:H`,
    );
  });

  it("names an empty or malformed part of the vector", () => {
    const fix = `write each metric as NAME:VALUE between slashes, e.g. ${EXAMPLE_31}`;
    rejects(`${EXAMPLE_31}/`, "the CVSS 3.1 vector has an empty metric (a doubled or trailing /)", fix);
    rejects("CVSS:3.1/AV:N//AC:L", "the CVSS 3.1 vector has an empty metric (a doubled or trailing /)", fix);
    rejects("CVSS:3.1/AVN/AC:L", 'the CVSS 3.1 vector has "AVN", which is not a metric', fix);
    rejects("CVSS:3.1/AV:N:L/AC:L", 'the CVSS 3.1 vector has "AV:N:L", which is not a metric', fix);
  });
});
