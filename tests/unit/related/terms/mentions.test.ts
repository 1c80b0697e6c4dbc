import { describe, expect, it } from "vitest";
import { createMentionRemover } from "../../../../src/related/terms/mentions.ts";
import { DEFAULT_TAXONOMY_WEIGHTS } from "../../../../src/model/related-settings.ts";
import { article, entity } from "../../../helpers/articles.ts";
import { tokenize } from "../../../../src/related/terms/tokenize.ts";

const NCA = { ...entity("agencies", "National Crime Agency"), aliases: ["NCA"] };
const CROWN = { ...entity("malware", "CrownLock"), aliases: ["Crown ransomware"] };
const ARTICLES = [
  { ...article("a", "2024-01-01", { countries: ["United Kingdom"], topics: ["fraud"] }), agencies: [NCA] },
  { ...article("b", "2024-01-02"), malware: [CROWN] },
];

describe("mentions left out of related text", () => {
  const remove = createMentionRemover(ARTICLES, DEFAULT_TAXONOMY_WEIGHTS);

  it("removes names and aliases as written, and keeps the same words outside a name", () => {
    const text = "The National Crime Agency (NCA) said crime in the United Kingdom fell; Crown ransomware hit a bank.";
    expect(tokenize(remove(text))).toEqual(["crime", "fell", "hit", "bank"]);
  });

  it("leaves topics, other cases and words that only begin with a name", () => {
    expect(remove("fraud and nca, NCAs, Fraud")).toBe("fraud and nca, NCAs, Fraud");
  });

  it("counts only taxonomies weighted above 0", () => {
    const none = createMentionRemover(ARTICLES, { ...DEFAULT_TAXONOMY_WEIGHTS, agencies: 0 });
    expect(none("the NCA in the United Kingdom")).toBe("the NCA in the  ");
  });

  it("treats names as text, not as patterns", () => {
    const odd = [{ ...article("c", "2024-01-03"), outlets: [entity("outlets", "A.B (C)+")] }];
    expect(createMentionRemover(odd, DEFAULT_TAXONOMY_WEIGHTS)("x AxB C y A.B (C)+ z")).toBe("x AxB C y   z");
  });
});
