import { describe, expect, it } from "vitest";
import { withoutBidiControls } from "./bidi";
import { parseArticle } from "./parse";
import { makeArticle, paragraph, quote } from "./test-fixtures";

describe("withoutBidiControls", () => {
  it("removes overrides, embeddings and isolates at any depth, and nothing else", () => {
    const value = { a: "invoice\u202Efdp.exe", b: [{ c: "\u2067x\u2069 \u202Ay\u202C" }], n: 3, t: true, rtl: "\u200Fשלום\u200E", zw: "a\u200Bb" };
    expect(withoutBidiControls(value)).toEqual({ a: "invoicefdp.exe", b: [{ c: "x y" }], n: 3, t: true, rtl: "\u200Fשלום\u200E", zw: "a\u200Bb" });
  });

  it("is applied by the parser to every text field", () => {
    const article = makeArticle({ headline: "Council\u202E site", body: [paragraph("Said ", quote("q-ready", "jens-stoltenberg", "go\u202Dod"))] });
    const parsed = parseArticle("a.json", JSON.stringify(article));
    expect(parsed.ok && parsed.value.headline).toBe("Council site");
    expect(parsed.ok && JSON.stringify(parsed.value)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
