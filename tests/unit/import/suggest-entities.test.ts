import { describe, expect, it } from "vitest";
import { EntitySuggester } from "../../../src/import/suggest-entities.ts";

describe("EntitySuggester", () => {
  it("proposes organisation names and bracketed acronyms that recur across articles, most frequent first, then by name", () => {
    const suggester = new EntitySuggester((name) => name === "Federal Bureau of Investigation", 2);
    suggester.add(
      "The National Crime Agency (NCA) arrested two men. The National Crime Agency said more would follow.",
    );
    suggester.add("Officers of the National Crime Agency and the Federal Bureau of Investigation searched homes.");
    suggester.add("The Federal Office for Information Security (BSI) warned. The NCA agreed.");
    suggester.add("The Federal Office for Information Security published a guide; the Polizei Team met.");
    expect(suggester.suggestions()).toEqual([
      { name: "Federal Office for Information Security", articles: 2 },
      { name: "National Crime Agency", articles: 2 },
    ]);
  });

  it("counts a name once per article and keeps to the limit", () => {
    const suggester = new EntitySuggester(() => false, 1);
    suggester.add("Cyber Command, Cyber Command, Cyber Command (USCC).");
    expect(suggester.suggestions(1)).toEqual([{ name: "Cyber Command", articles: 1 }]);
  });
});
