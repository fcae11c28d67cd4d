/**
 * Stage 4: every top-level quotation in reading order, through the rules in
 * `../rules.ts`. Reading in order keeps track of who each sentence is about,
 * so a pronoun or "the company" can be resolved to someone named before.
 */
import { type Entity, StoryContext, governingVerb, tagAfter } from "../attribute";
import { RULES, type Rule, type RuleSite, applyRules, quoteKind } from "../rules";
import { type Token, tokenize } from "../sentences";
import type { Attributed, Draft, Stage } from "./draft";

export const attributeTagged: Stage & { run: (draft: Draft, rules?: readonly Rule[]) => Draft } = {
  name: "attribute-tagged",
  run: (draft: Draft, rules: readonly Rule[] = RULES): Draft => {
    const ctx = new StoryContext(
      [draft.story.headline, ...draft.sentences.flat().map((s) => s.text)],
      draft.spans.filter((_, i) => draft.isQuote[i]).map((s) => s.text),
      draft.people,
    );
    const results = new Map<number, Attributed>(draft.results);
    const byPara = new Map<number, number[]>();
    let lastQuotedPara = -1;
    /** The last sentence subject that spoke in reported speech ("Jones said the plan would fail."). */
    let lastReporter: { para: number; entity: Entity } | undefined;
    let lastSubject: { para: number; entity: Entity } | undefined;
    const quotedParas: { para: number; speaker: Entity; untagged: boolean }[] = [];
    for (const [para, paraSentences] of draft.sentences.entries()) {
      for (const sentence of paraSentences) {
        const tokens = tokenize(sentence.text);
        const facts = ctx.readSentence(tokens, sentence.text);
        let sentenceSpeaker: Entity | undefined;
        for (const [at, token] of tokens.entries()) {
          if (token.quote === undefined) continue;
          const span = draft.spans[token.quote];
          if (!span) continue;
          const after = tagAfter(tokens, at, sentence.text, ctx.isName);
          const site: RuleSite = {
            span,
            index: token.quote,
            para,
            tokens,
            source: sentence.text,
            at,
            kind: quoteKind(tokens, at, sentence.text, span.text, after !== undefined),
            after,
            ctx,
            facts,
            done: results,
            earlierInPara: byPara.get(para) ?? [],
            spans: draft.spans,
            lastQuotedPara,
            lastReporter,
            paraSubject: lastSubject?.para === para ? lastSubject.entity : undefined,
            quotedParas,
          };
          const found = applyRules(site, rules);
          results.set(token.quote, found);
          byPara.set(para, [...(byPara.get(para) ?? []), token.quote]);
          sentenceSpeaker ??= found.attribution.speaker;
          const speaker = found.attribution.speaker;
          if (speaker && span.parent === undefined && quotedParas[quotedParas.length - 1]?.para !== para) {
            quotedParas.push({ para, speaker, untagged: found.attribution.method === "follow-on" || tokens.length <= 2 });
          }
        }
        if (facts.subject && !tokens.some((t) => t.quote !== undefined)) lastSubject = { para, entity: facts.subject };
        if (!facts.subject && sentenceSpeaker) facts.subject = sentenceSpeaker;
        // "A spokesman said:" at the end of a paragraph introduces the next one, even unnamed.
        if (facts.subject && (facts.subject.kind !== "unnamed" || /:$/u.test(sentence.text)) && governingVerb(tokens as Token[], tokens.length) !== undefined) {
          lastReporter = { para, entity: facts.subject };
        }
        ctx.remember(facts);
      }
      if (byPara.has(para)) lastQuotedPara = para;
    }
    return { ...draft, results, context: ctx };
  },
};
