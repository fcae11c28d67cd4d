import { describe, expect, it } from "vitest";
import { displayText, listJoin, shareableQuote } from "./text";

describe("displayText", () => {
  it("drops bidi overrides and isolates, which could make a title read backwards", () => {
    expect(displayText("rates-notice\u202Efdp.exe")).toBe("rates-noticefdp.exe");
    expect(displayText("a\u2066b\u2069c\u202Ad\u202C")).toBe("abcd");
  });

  it("keeps direction marks, other invisible characters and markup-like text as they are", () => {
    expect(displayText("\u200Fשלום\u200E x")).toBe("\u200Fשלום\u200E x");
    expect(displayText("port\u200Bvalden")).toBe("port\u200Bvalden");
    expect(displayText("</script><script>alert(1)</script> &amp;")).toBe("</script><script>alert(1)</script> &amp;");
  });

  it("makes one line of any whitespace", () => {
    expect(displayText("  a\n\tb  ")).toBe("a b");
  });
});

describe("shareableQuote", () => {
  it("drops the comma that led back into the reporter's sentence, and nothing else", () => {
    expect(shareableQuote("We have seen arrests across the alliance,")).toBe("We have seen arrests across the alliance");
    expect(shareableQuote("Ready?")).toBe("Ready?");
    expect(shareableQuote("paid for itself several times over.")).toBe("paid for itself several times over.");
  });
});

describe("listJoin", () => {
  it("joins names as a sentence does", () => {
    expect(listJoin([])).toBe("");
    expect(listJoin(["A"])).toBe("A");
    expect(listJoin(["A", "B"])).toBe("A and B");
    expect(listJoin(["A", "B", "C"])).toBe("A, B and C");
  });
});
