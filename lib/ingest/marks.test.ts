import { describe, expect, it } from "vitest";
import { findSpans, scanMarks } from "./marks";

const texts = (paragraphs: string[]) => findSpans(paragraphs).spans.map((s) => s.text);

describe("scanMarks", () => {
  it("tells apostrophes from single quotation marks", () => {
    const roles = (line: string) => scanMarks(line).map((m) => `${m.char}${m.role}`);
    expect(roles("don't, driver's, Let’s")).toEqual([]);
    expect(roles("in the '90s")).toEqual([]);
    expect(roles("give 'em hell 'til dawn")).toEqual([]);
    expect(roles("she said 'no' twice")).toEqual(["'open", "'close"]);
    expect(roles("Burrows’ display")).toEqual(["’close"]);
  });
});

describe("findSpans", () => {
  it("finds curly and straight double quotations, and guillemets", () => {
    expect(texts(["He said “yes” and then \"no\" and «peut-être»."])).toEqual(["yes", "no", "peut-être"]);
  });

  it("finds British single quotations with apostrophes inside them", () => {
    expect(texts(["She said: ‘Let’s be honest, this week’s plan failed.’"])).toEqual(["Let’s be honest, this week’s plan failed."]);
    expect(texts(["He was 'about to hurt somebody' and the driver's window broke."])).toEqual(["about to hurt somebody"]);
  });

  it("does not close a quotation on a plural possessive when a closing mark follows", () => {
    expect(texts(["'The drivers' union is right,' she said."])).toEqual(["The drivers' union is right,"]);
    expect(texts(["They were left 'in bits' after a 'total shambles' at the port."])).toEqual(["in bits", "total shambles"]);
  });

  it("reads s' as a possessive when the quotation runs on into the next paragraph", () => {
    expect(texts(["She said: 'The teachers' own cars were iced over.", "'We froze.'"])).toEqual(["The teachers' own cars were iced over.", "We froze."]);
  });

  it("reads a plural possessive inside a quotation and an elision as apostrophes", () => {
    expect(texts(["'I miss the kids' laughter,' she said. 'Give 'em hell,' he said. 'It was for the fans'."])).toEqual([
      "I miss the kids' laughter,",
      "Give 'em hell,",
      "It was for the fans",
    ]);
  });

  it("ignores a possessive outside any quotation", () => {
    expect(texts(["The pupils' clothing and Burrows’ display.", "Kelvale Circuits' guidance."])).toEqual([]);
  });

  it("finds a quotation nested in another, of the other style or the same", () => {
    const { spans } = findSpans(["He said: “The pilot said ‘sit down’ twice.”", "'It didn't mention 'blue hair' at all,' she said."]);
    expect(spans.map((s) => [s.text, s.parent])).toEqual([
      ["The pilot said ‘sit down’ twice.", undefined],
      ["sit down", 0],
      ["It didn't mention 'blue hair' at all,", undefined],
      ["blue hair", 2],
    ]);
  });

  it("runs a quotation over paragraphs: no closing mark, then an opening mark", () => {
    const { spans, warnings } = findSpans(["She said: “One.", "“Two.", "“Three.”", "After."]);
    expect(warnings).toEqual([]);
    expect(spans.map((s) => [s.text, s.closed, s.continues])).toEqual([
      ["One.", false, undefined],
      ["Two.", false, 0],
      ["Three.", true, 1],
    ]);
  });

  it("keeps a quotation still open at the end of the story, with a warning", () => {
    const { spans, warnings } = findSpans(["She said: “It was cut off here"]);
    expect(spans.map((s) => s.text)).toEqual(["It was cut off here"]);
    expect(warnings).toHaveLength(1);
  });

  it("reads marks that cannot be paired as written, best effort, with a warning each", () => {
    const unclosed = findSpans(["He said: “We will win.", "The end."]);
    expect(unclosed.spans.map((s) => s.text)).toEqual(["We will win."]);
    expect(unclosed.warnings[0]?.message).toMatch(/never closed/);
    const unopened = findSpans(["We will win,” he said."]);
    expect(unopened.spans.map((s) => s.text)).toEqual(["We will win,"]);
    expect(unopened.warnings[0]?.message).toMatch(/closing quotation mark with no opening/);
    const stray = findSpans(["The price rose” sharply."]);
    expect(stray.spans).toEqual([]);
    expect(stray.warnings).toHaveLength(1);
  });

  it("reads a doubled mark as one, and pairs a curly mark with a straight one", () => {
    const doubled = findSpans(["She said: ““We will win.” Then she left."]);
    expect(doubled.spans.map((s) => s.text)).toEqual(["We will win."]);
    expect(doubled.warnings[0]?.message).toMatch(/doubled/);
    expect(texts(["She said: “We will win.\" Then she left, \"happy\u201d."])).toEqual(["We will win.", "happy"]);
  });

  it("forgets a single mark that never closes (an elision, not a quotation)", () => {
    const { spans, warnings } = findSpans(["Rock 'n roll is back.", "Next paragraph."]);
    expect(spans).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("numbers the headline -1", () => {
    expect(findSpans(["Body."], { headline: "'Sorry' says ferry firm" }).spans.map((s) => [s.para, s.text])).toEqual([[-1, "Sorry"]]);
  });
});
