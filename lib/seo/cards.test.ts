import { describe, expect, it } from "vitest";
import { articleView } from "../site/views";
import { buildSite } from "../site/site";
import { makeArticle, makePerson, paragraph, quote } from "../content/test-fixtures";
import { articleCardData, CARD_QUOTE_MAX, fitFontSize, QUOTE_SIZES, quoteCardData } from "./cards";
import { quoteShare } from "./quote-share";
import { HOSTILE, site, topics, read } from "./test-fixtures";

describe("articleCardData", () => {
  it("gives section, headline, who is quoted and the demo flag, as plain text", () => {
    expect(articleCardData(articleView(site, "hostile", read)!)).toEqual({
      section: "Tech & <Security>",
      headline: `Site defaced with ${HOSTILE}`,
      quoted: "Quoted: Edda Morn and NATO",
      demo: true,
    });
  });

  it("names four speakers at most, counting the rest", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const article = makeArticle({ slug: "crowd", speakers: ids.map((id) => ({ id })), body: [paragraph(...ids.map((id) => quote(`q-${id}`, id, "Yes.")))] });
    const crowd = buildSite([article], ids.map((id) => makePerson(id, { name: id.toUpperCase() })), topics);
    expect(articleCardData(articleView(crowd, "crowd", () => article)!).quoted).toBe("Quoted: A, B, C and 3 more");
  });
});

describe("quoteCardData", () => {
  it("gives the words, speaker, role, headline and speaker colour", () => {
    expect(quoteCardData(quoteShare(articleView(site, "hostile", read)!, "q-org")!)).toEqual({
      text: "We are aware.",
      speaker: "NATO",
      role: "Statement",
      headline: `Site defaced with ${HOSTILE}`,
      section: "Tech & <Security>",
      demo: true,
      // The speaker's colour in that story (lib/speaker-colour), whatever slot it is.
      colour: articleView(site, "hostile", read)!.speakerById.get("nato")!.colour,
    });
  });

  it("cuts a long quotation at a word", () => {
    const long = makeArticle({ slug: "long", body: [paragraph(quote("q-long", "jens-stoltenberg", "word ".repeat(200).trim()))] });
    const longSite = buildSite([long], [makePerson("jens-stoltenberg")], topics);
    const { text } = quoteCardData(quoteShare(articleView(longSite, "long", () => long)!, "q-long")!);
    expect(text.length).toBeLessThanOrEqual(CARD_QUOTE_MAX);
    expect(text).toMatch(/word…$/);
  });
});

describe("fitFontSize", () => {
  it("steps down as the text grows", () => {
    expect(fitFontSize(10, QUOTE_SIZES, 40)).toBe(64);
    expect(fitFontSize(110, QUOTE_SIZES, 40)).toBe(54);
    expect(fitFontSize(111, QUOTE_SIZES, 40)).toBe(46);
    expect(fitFontSize(500, QUOTE_SIZES, 40)).toBe(40);
  });
});
