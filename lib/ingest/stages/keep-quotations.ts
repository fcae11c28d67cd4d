/**
 * Stage 2: which spans are quotations. Labels, ratings, titles, abbreviations
 * and wording said not to be used are set aside with their reason; a later
 * paragraph's segment is whatever its first segment was.
 */
import { notQuotation } from "../classify";
import { type Draft, type Stage, lineText } from "./draft";

export const keepQuotations: Stage = {
  name: "keep-quotations",
  run: (draft) => {
    const isQuote = draft.spans.map(() => false);
    const ignored: Draft["ignored"][number][] = [];
    draft.spans.forEach((s, i) => {
      if (s.continues !== undefined) {
        isQuote[i] = isQuote[s.continues] ?? false;
        return;
      }
      if (s.parent !== undefined && !isQuote[s.parent]) return;
      const reason = notQuotation(lineText(draft.story, s.para), s, s.parent !== undefined ? draft.spans[s.parent]?.start : undefined);
      if (reason) ignored.push({ para: s.para, text: s.text, reason });
      else isQuote[i] = true;
    });
    return { ...draft, isQuote, ignored };
  },
};
