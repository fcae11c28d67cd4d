/**
 * Stage 3: each paragraph as the attribution rules read it, its top-level
 * quotations replaced by placeholders and the rest split into sentences, so
 * the rules see the reporter's own words (`⟦Q⟧, he said.`).
 */
import { buildFrame, splitSentences } from "../sentences";
import { type Stage, isTopLevel } from "./draft";

const BULLET = /^[•*·▪‣◦-]\s*/u;
/** "VALDEN, Norrmark (Wire) — ", "KASAMBA: ": a dateline, never a speaker. */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’-]{2,}(?:,\s*[\p{L}\s.'’-]{1,40}?)?\s*(?:\([^)]{1,30}\))?\s*[—–:-]+\s/u;
/** "Q: ", "A: " in an interview: labels, never speakers. */
const QA_LABEL = /^(?:Q|A)\s*[:.]\s/u;
/** "(Civic, Marbury North)", "(pictured)": an aside in brackets without a quotation, not part of any name. */
const ASIDE = /\([^()\uE000-\uF8FE]*\)/gu;

/** Blanks what the rules must not read, keeping every offset. */
export function blankLabels(frame: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return frame.replace(DATELINE, blank).replace(QA_LABEL, blank).replace(ASIDE, blank);
}

export const frameSentences: Stage = {
  name: "frame-sentences",
  run: (draft) => {
    const sentences = draft.story.paragraphs.map((text, para) => {
      const quotes = draft.spans
        .map((s, index) => ({ s, index }))
        .filter(({ s, index }) => s.para === para && isTopLevel(draft, index))
        .map(({ s, index }) => ({ index, from: Math.max(0, s.start - 1), to: s.closed ? s.end + 1 : s.end }));
      const frame = blankLabels(buildFrame(text, quotes));
      return splitSentences(frame, (i) => draft.spans[i]?.text ?? "").map((s) => ({ ...s, text: s.text.replace(BULLET, "") }));
    });
    return { ...draft, sentences };
  },
};
