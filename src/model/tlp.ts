// Traffic Light Protocol 2.0: who may see a piece of information.

/** The TLP 2.0 labels, from the widest audience to the narrowest. */
export const TLP_LABELS = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"] as const;

/** One TLP 2.0 label. */
export type TlpLabel = (typeof TLP_LABELS)[number];

/** The labels a public site may carry: anything narrower is for named recipients, never for the web. */
export const PUBLISHABLE_TLP: ReadonlySet<TlpLabel> = new Set<TlpLabel>(["CLEAR", "GREEN"]);

/** True when an article under `label` may be published. */
export function isPublishableTlp(label: TlpLabel | undefined): boolean {
  return label === undefined || PUBLISHABLE_TLP.has(label);
}
