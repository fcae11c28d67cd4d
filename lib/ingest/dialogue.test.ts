import { describe, expect, it } from "vitest";
import { answersPrevious, isSilentAnswer, vocativeName } from "./dialogue";

describe("vocativeName", () => {
  it("finds the name a line addresses", () => {
    expect(vocativeName("Where are your keys, Tamsin?")).toBe("Tamsin");
    expect(vocativeName("I'm not lost, Odo, I'm early")).toBe("Odo");
    expect(vocativeName("Nobody reads them, Wenna Tolk. That's the point.")).toBe("Wenna Tolk");
  });

  it("ignores names that are not addressed and words that are not names", () => {
    expect(vocativeName("Tamsin is late again.")).toBeUndefined();
    expect(vocativeName("We met at the pier, I think.")).toBeUndefined();
    expect(vocativeName("Sorry, Mum.")).toBeUndefined();
    expect(vocativeName("It shuts on Monday, Tuesday and Friday")).toBeUndefined();
  });
});

describe("answersPrevious", () => {
  it("takes a line after a question, or a short line after a short line, as an answer", () => {
    expect(answersPrevious(["Are you coming with us to the harbour tonight, or not at all?"], "No.")).toBe(true);
    expect(answersPrevious(["Left a bit"], "It is left.")).toBe(true);
  });

  it("takes a long quotation's next paragraph as more of the same speaker", () => {
    expect(answersPrevious(["We have rebuilt the quay twice in ten years and the council has paid for neither repair."], "It cannot go on.")).toBe(false);
  });
});

describe("isSilentAnswer", () => {
  it("recognises a nod or a shrug", () => {
    expect(isSilentAnswer("She nods.")).toBe(true);
    expect(isSilentAnswer("Odo shrugs and goes back to the nets.")).toBe(true);
    expect(isSilentAnswer("Odo crouches beside him.")).toBe(false);
  });
});
