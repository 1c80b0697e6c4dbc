import { describe, expect, it } from "vitest";
import { canonicalCve, cveOrgUrl, cveSlug, cveYear, cvesInText, nvdUrl } from "../../../src/model/cve.ts";

describe("CVE IDs", () => {
  it("reads an ID in any case to its canonical form, and nothing that is not one", () => {
    expect(canonicalCve(" cve-2024-3400 ")).toBe("CVE-2024-3400");
    expect(canonicalCve("CVE-2014-0160")).toBe("CVE-2014-0160");
    expect(canonicalCve("CVE-2021-44228")).toBe("CVE-2021-44228");
    for (const bad of [
      "CVE-24-3400",
      "CVE-2024-340",
      "CVE-1998-1234",
      "CVE-2024-012345",
      "CVE 2024 3400",
      "CVE-2024-3400x",
    ])
      expect(canonicalCve(bad), bad).toBeUndefined();
  });

  it("finds every ID a text names as its own word, once each, in order", () => {
    expect(
      cvesInText("CVE-2024-3400 and cve-2023-4966, then CVE-2024-3400 again; not XCVE-2024-1111 or CVE-2024-2222-b"),
    ).toEqual(["CVE-2024-3400", "CVE-2023-4966"]);
  });

  it("makes the page slug, the year and the addresses of the record", () => {
    expect([cveSlug("CVE-2024-3400"), cveYear("CVE-2024-3400")]).toEqual(["cve-2024-3400", 2024]);
    expect(cveOrgUrl("CVE-2024-3400")).toBe("https://www.cve.org/CVERecord?id=CVE-2024-3400");
    expect(nvdUrl("CVE-2024-3400")).toBe("https://nvd.nist.gov/vuln/detail/CVE-2024-3400");
  });
});
