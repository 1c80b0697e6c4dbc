import type { CvssScore } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { isPublishableTlp, type TlpLabel } from "../model/tlp.ts";
import { readCvss } from "./cvss.ts";

/** The advisory fields of an article's front-matter, as validated by the schema. */
export interface AdvisoryValues {
  readonly cvss?: string;
  readonly products?: readonly string[];
  readonly tlp?: TlpLabel;
}

/** What the advisory fields add to an article. */
export interface AdvisoryFields {
  readonly cvss?: CvssScore;
  readonly products?: readonly string[];
  readonly tlp?: TlpLabel;
}

type Report = (field: string, severity: Diagnostic["severity"], message: string, suggestion?: string) => void;

/**
 * The CVSS vector scored (a vector that does not parse is an error naming what is wrong), the products, and the TLP
 * label: AMBER, AMBER+STRICT and RED are for named recipients, so check and build refuse them by name; serve
 * (`preview`) shows such an article with a banner instead, so an editor can read it before it is cleared.
 */
export function checkAdvisory(values: AdvisoryValues, preview: boolean, report: Report): AdvisoryFields {
  let cvss: CvssScore | undefined;
  if (values.cvss !== undefined) {
    const read = readCvss(values.cvss);
    if (read.ok) cvss = { vector: read.vector, version: read.version, score: read.score, severity: read.severity };
    else report("cvss", "error", read.message, read.fix);
  }
  if (!isPublishableTlp(values.tlp) && !preview) {
    report(
      "tlp",
      "error",
      `TLP:${values.tlp} is never published: it is for its named recipients only`,
      "keep the file out of the content folder until the source clears it, then set tlp: CLEAR (or GREEN for the community) or remove the field",
    );
  }
  return {
    ...(cvss ? { cvss } : {}),
    ...(values.products && values.products.length > 0 ? { products: values.products } : {}),
    ...(values.tlp ? { tlp: values.tlp } : {}),
  };
}
