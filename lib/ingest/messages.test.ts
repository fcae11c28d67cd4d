import { describe, expect, it } from "vitest";
import { senderPhrase } from "./messages";
import { tokenize } from "./sentences";

const sender = (text: string) => senderPhrase(tokenize(text), text, () => true)?.text;

describe("senderPhrase", () => {
  it("reads 'sent by X', 'a text from X' and 'the message X sent'", () => {
    expect(sender("The first, sent by Brannock on 3 May, said:")).toBe("Brannock");
    expect(sender("A text from Ilsa Varr arrived at midnight:")).toBe("Ilsa Varr");
    expect(sender("The reply, the last message Tobin Marr sent to either of them, said:")).toBe("Tobin Marr");
    expect(sender("The text she had sent at noon read:")).toBe("she");
  });

  it("finds no sender where none is named", () => {
    expect(sender("The message read:")).toBeUndefined();
    expect(sender("She sent it to her brother:")).toBeUndefined();
    expect(sender("The parcel was sent by courier on Monday.")).toBeUndefined();
    expect(sender("The next message was from the chair.")).toBe("the chair");
  });
});
