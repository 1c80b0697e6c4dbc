import { describe, expect, it } from "vitest";
import { rankAll } from "../../../src/related/rank.ts";
import { buildRelatedIndex } from "../../../src/related/related-index.ts";
import { storyThread } from "../../../src/related/threads.ts";
import { relatedWeights } from "../../../src/related/weights.ts";
import { story } from "./fixture-archive.ts";

const TEXT = "Coldharbor ransomware gang affiliates leak site decryptor servers";
const ARCHIVE = [
  story("seized", "2024-03-05", "Coldharbor servers seized", TEXT, { agencies: ["Europol"] }),
  story("decryptor", "2024-03-07", "Coldharbor decryptor", TEXT, { agencies: ["Europol", "FBI"] }),
  story("banner", "2024-03-28", "Coldharbor leak site banner", TEXT, { agencies: ["FBI"] }),
  story("much-later", "2024-09-01", "Coldharbor a year on", TEXT, { agencies: ["Europol"] }),
  story("no-agency", "2024-03-06", "Coldharbor explained", TEXT, { topics: ["ransomware"] }),
  story("other", "2024-03-06", "Tidewater market offline", "Tidewater dark-web drug market vendors buyers escrow", {
    agencies: ["Europol"],
  }),
];

// A campaign told by different agencies and countries: the actor (under its one canonical name) ties it.
const CAMPAIGN = "Amber Heron phishing embassies mailboxes gateway intrusion espionage";
const ACTOR_ARCHIVE = [
  story("advisory", "2024-05-01", "Amber Heron advisory", CAMPAIGN, { agencies: ["NCSC"], actors: ["Amber Heron"] }),
  story("court", "2024-05-09", "Amber Heron indictment", CAMPAIGN, { agencies: ["FBI"], actors: ["Amber Heron"] }),
  story("victims", "2024-05-20", "Amber Heron victims", CAMPAIGN, { countries: ["Norway"], actors: ["Amber Heron"] }),
  story("bystander", "2024-05-10", "Amber Heron mentioned", CAMPAIGN, { countries: ["Norway"] }),
];

describe("storyThread", () => {
  const index = buildRelatedIndex(ARCHIVE, relatedWeights({ maxTermShare: 1 }));
  const ranked = rankAll(index, 10);
  const threadOf = (slug: string) => {
    const doc = index.articles.findIndex((a) => a.slug === slug);
    return storyThread(index, doc, ranked)?.map((d) => index.articles[d]!.slug);
  };

  it("gathers close follow-ups and predecessors sharing an agency or outlet, oldest first", () => {
    expect(threadOf("decryptor")).toEqual(["seized", "decryptor", "banner"]);
    // seized shares Europol with decryptor only (banner is FBI's): one follow-up is not a thread.
    expect(threadOf("seized")).toBeUndefined();
  });

  it("leaves out what is too far in time, shares no agency or outlet, or is not alike in text", () => {
    expect(threadOf("banner")).toBeUndefined();
    expect(threadOf("much-later")).toBeUndefined();
    expect(threadOf("no-agency")).toBeUndefined();
    expect(threadOf("other")).toBeUndefined();
  });

  it("gathers the stories of one threat actor told by different agencies and countries", () => {
    const actorIndex = buildRelatedIndex(ACTOR_ARCHIVE, relatedWeights({ maxTermShare: 1 }));
    const actorRanked = rankAll(actorIndex, 10);
    const of = (slug: string) =>
      storyThread(
        actorIndex,
        actorIndex.articles.findIndex((a) => a.slug === slug),
        actorRanked,
      )?.map((d) => actorIndex.articles[d]!.slug);
    expect(of("court")).toEqual(["advisory", "court", "victims"]);
    // Alike in text and date, but filed under no actor: not part of it.
    expect(of("bystander")).toBeUndefined();
  });
});
