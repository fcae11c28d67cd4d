import { describe, expect, it } from "vitest";
import { parsePlainText } from "./plain-text";

const ok = (raw: string) => {
  const r = parsePlainText(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const fails = (raw: string) => {
  const r = parsePlainText(raw);
  if (r.ok) throw new Error("expected a failure");
  return r.message;
};

describe("parsePlainText", () => {
  it("reads section, headline and paragraphs on consecutive lines", () => {
    expect(ok("World\nFerry strike ends\n\nFirst paragraph.\n\nSecond paragraph.\n")).toEqual({
      section: "World",
      headline: "Ferry strike ends",
      paragraphs: ["First paragraph.", "Second paragraph."],
    });
  });

  it("reads a section label on its own, then the headline after a blank line", () => {
    expect(ok("Defense\n\nAllies meet in Corvane\n\nBody text.")).toMatchObject({ section: "Defense", headline: "Allies meet in Corvane" });
  });

  it("treats an empty first line as no section", () => {
    const story = ok("\nSPACE SHOCK: probe spots planet\n\nBody text.\n");
    expect(story.section).toBeUndefined();
    expect(story.headline).toBe("SPACE SHOCK: probe spots planet");
  });

  it("never takes a quotation or a sentence for a section label", () => {
    expect(ok("'We were punished tonight'\n\nBody.").section).toBeUndefined();
    expect(ok("Ferry strike ends after talks.\n\nBody text.\n\nMore.").section).toBeUndefined();
  });

  it("tolerates CRLF, a BOM, tabs, trailing spaces and no-break spaces at the ends", () => {
    expect(ok("\uFEFFNews\r\nHeadline here  \r\n\r\n  First\tparagraph.\u00A0\r\n \r\nSecond.")).toEqual({
      section: "News",
      headline: "Headline here",
      paragraphs: ["First paragraph.", "Second."],
    });
  });

  it("joins a hard-wrapped paragraph into one line", () => {
    expect(ok("News\nHeadline\n\nOne line\nwrapped here.").paragraphs).toEqual(["One line wrapped here."]);
  });

  it("refuses an empty file, a binary file, a missing headline and a story with no body", () => {
    expect(fails("")).toBe("the file is empty");
    expect(fails(" \n\n\t\n")).toBe("the file is empty");
    expect(fails("PK\u0003\u0004\u0000\u0000binary")).toMatch(/not a plain-text file/);
    expect(fails(`${"A long opening sentence that goes on and on. ".repeat(6)}\n\nMore text.`)).toMatch(/^no headline/);
    expect(fails("News\nJust a headline\n")).toMatch(/^no story after the headline/);
  });
});
