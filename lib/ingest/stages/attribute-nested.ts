/**
 * Stage 5: a quotation inside a quotation goes to the speaker named inside
 * the outer one ("The skipper shouted to the crew '…'"); "I" or "we" is the
 * outer speaker; a role noun is someone the speaker describes, kept as written.
 */
import type { Entity, Resolution } from "../attribute";
import { readClause } from "../phrases";
import { attribution } from "../rules";
import { tokenize } from "../sentences";
import { type Attributed, type Stage, isTopLevel, lineText } from "./draft";

export const attributeNested: Stage = {
  name: "attribute-nested",
  run: (draft) => {
    const ctx = draft.context;
    if (!ctx) return draft;
    const results = new Map<number, Attributed>(draft.results);
    draft.spans.forEach((s, i) => {
      if (!draft.isQuote[i] || isTopLevel(draft, i) || s.parent === undefined) return;
      const outer = results.get(s.parent);
      const inside = lineText(draft.story, s.para).slice(draft.spans[s.parent]?.start ?? 0, s.start - 1);
      const lastSentence = inside.split(/(?<=[.!?])\s+/u).pop() ?? "";
      const tokens = tokenize(lastSentence);
      const clause = readClause(tokens, tokens.length, lastSentence, ctx.isName);
      let speaker: Entity | undefined;
      const resolution: Resolution[] = [];
      if (clause.subject?.type === "pronoun" && /^(i|we)$/u.test(clause.subject.word)) speaker = outer?.attribution.speaker;
      else if (clause.subject?.type === "role") {
        speaker = ctx.unnamed(clause.subject.text);
        resolution.push("unnamed-role");
      } else if (clause.subject) {
        const r = ctx.resolve(clause.subject, { tokens, source: lastSentence });
        speaker = r.entity;
        resolution.push(...r.resolution);
      }
      results.set(i, { attribution: attribution("nested", resolution, speaker, lastSentence), kind: "direct" });
    });
    return { ...draft, results };
  },
};
