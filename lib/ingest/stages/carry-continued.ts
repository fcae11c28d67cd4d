/** Stage 7: every later segment of a quotation over paragraphs takes its first segment's final speaker. */
import type { Attributed, Stage } from "./draft";

export const carryContinued: Stage = {
  name: "carry-continued",
  run: (draft) => {
    const results = new Map<number, Attributed>(draft.results);
    draft.spans.forEach((s, i) => {
      if (s.continues === undefined || !draft.isQuote[i]) return;
      const first = results.get(s.continues);
      const r = results.get(i);
      if (first && r && r.attribution.method === "continued") {
        results.set(i, { ...r, attribution: { ...first.attribution, method: "continued", evidence: "continues the quotation from the paragraph before" } });
      }
    });
    return { ...draft, results };
  },
};
