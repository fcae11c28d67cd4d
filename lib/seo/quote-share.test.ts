import { describe, expect, it } from "vitest";
import { articleView } from "../site/views";
import { quoteShare } from "./quote-share";
import { site, read } from "./test-fixtures";

describe("quoteShare", () => {
  it("finds the quote and its speaker with the article's role", () => {
    const share = quoteShare(articleView(site, "hostile", read)!, "q-said")!;
    expect(share.quote.text).toBe("a statement");
    expect(share.speaker).toMatchObject({ id: "nato", name: "NATO", role: "Statement", kind: "organisation" });
  });

  it("is undefined for an id the article does not have", () => {
    expect(quoteShare(articleView(site, "hostile", read)!, "q-ready")).toBeUndefined();
  });
});
