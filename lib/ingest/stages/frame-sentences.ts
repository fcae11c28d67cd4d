/**
 * Stage 3: each paragraph as the attribution rules read it, its top-level
 * quotations replaced by placeholders and the rest split into sentences, so
 * the rules see the reporter's own words (`⟦Q⟧, he said.`).
 */
import { buildFrame, splitSentences } from "../sentences";
import { type Stage, isTopLevel } from "./draft";

const BULLET = /^[•*·▪‣◦-]\s*/u;

export const frameSentences: Stage = {
  name: "frame-sentences",
  run: (draft) => {
    const sentences = draft.story.paragraphs.map((text, para) => {
      const quotes = draft.spans
        .map((s, index) => ({ s, index }))
        .filter(({ s, index }) => s.para === para && isTopLevel(draft, index))
        .map(({ s, index }) => ({ index, from: Math.max(0, s.start - 1), to: s.closed ? s.end + 1 : s.end }));
      const frame = buildFrame(text, quotes);
      return splitSentences(frame, (i) => draft.spans[i]?.text ?? "").map((s) => ({ ...s, text: s.text.replace(BULLET, "") }));
    });
    return { ...draft, sentences };
  },
};
