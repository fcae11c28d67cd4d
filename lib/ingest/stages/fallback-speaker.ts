/**
 * Stage 6: quotations no rule could attribute. A headline's own `Name: '…'`
 * tag names its speaker; anything else goes to the story's most quoted
 * speaker at a confidence that always puts it up for review.
 */
import type { Entity } from "../attribute";
import { attribution } from "../rules";
import type { Attributed, Stage } from "./draft";

const HEADLINE_TAG = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}):\s*$/u;

export const fallbackSpeaker: Stage = {
  name: "fallback-speaker",
  run: (draft) => {
    const ctx = draft.context;
    const results = new Map<number, Attributed>(draft.results);
    const counts = new Map<Entity, number>();
    for (const { attribution: a } of results.values()) if (a.speaker && a.method !== "nested") counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    draft.spans.forEach((s, i) => {
      if (!draft.isQuote[i]) return;
      if (s.para === -1 && !results.has(i)) {
        const tag = HEADLINE_TAG.exec(draft.story.headline.slice(0, Math.max(0, s.start - 1)));
        if (tag?.[1] && ctx) {
          const named = ctx.nameEntity(tag[1].split(/\s+/u));
          results.set(i, { attribution: attribution("name-colon", [named.resolution], named.entity, draft.story.headline), kind: "direct" });
          return;
        }
        results.set(i, { attribution: attribution("fallback", [], main, "headline: the story's most quoted speaker"), kind: s.text.trim().split(/\s+/u).length <= 4 ? "partial" : "direct" });
        return;
      }
      const r = results.get(i);
      if (r && !r.attribution.speaker) results.set(i, { ...r, attribution: attribution("fallback", [], main, "no speaker found near the quotation; the story's most quoted speaker") });
    });
    return { ...draft, results };
  },
};
