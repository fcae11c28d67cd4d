/**
 * Stage 4: every top-level quotation in reading order, through the rules in
 * `../rules.ts`. Reading in order keeps track of who each sentence is about,
 * so a pronoun or "the company" can be resolved to someone named before.
 */
import { type Entity, StoryContext, confidenceOf, governingVerb, tagAfter } from "../attribute";
import { isSilentAnswer } from "../dialogue";
import { type QuotedPara, RULES, type Rule, type RuleSite, applyRules, quoteKind } from "../rules";
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
    let lastSubject: { para: number; entity: Entity; silent: boolean } | undefined;
    const quotedParas: QuotedPara[] = [];
    /** The subject of each paragraph's first sentence, when that sentence is the first to mention it. */
    const introduced = new Map<number, Entity>();
    for (const [para, paraSentences] of draft.sentences.entries()) {
      ctx.startParagraph();
      for (const sentence of paraSentences) {
        const tokens = tokenize(sentence.text);
        const facts = ctx.readSentence(tokens, sentence.text);
        if (sentence === paraSentences[0] && facts.subject?.kind === "person" && ctx.firstMention(facts.subject) < 0) introduced.set(para, facts.subject);
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
            narrative: lastSubject,
          };
          const found = applyRules(site, rules);
          results.set(token.quote, found);
          byPara.set(para, [...(byPara.get(para) ?? []), token.quote]);
          sentenceSpeaker ??= found.attribution.speaker;
          const speaker = found.attribution.speaker;
          if (speaker && span.parent === undefined) ctx.lastQuoted = speaker;
          const latest = quotedParas[quotedParas.length - 1];
          if (speaker && span.parent === undefined && latest?.para !== para) {
            quotedParas.push({ para, speaker, untagged: found.attribution.method === "follow-on" || tokens.length <= 2, texts: [span.text], present: PRESENT_TAG.test(sentence.text) });
          } else if (span.parent === undefined && latest?.para === para) {
            latest.texts = [...(latest.texts ?? []), span.text];
            latest.present ||= PRESENT_TAG.test(sentence.text);
          }
        }
        if (facts.subject && !tokens.some((t) => t.quote !== undefined)) lastSubject = { para, entity: facts.subject, silent: isSilentAnswer(sentence.text) };
        if (!facts.subject && sentenceSpeaker) facts.subject = sentenceSpeaker;
        // "A spokesman said:" at the end of a paragraph introduces the next one, even unnamed.
        if (facts.subject && (facts.subject.kind !== "unnamed" || /:$/u.test(sentence.text)) && governingVerb(tokens as Token[], tokens.length) !== undefined) {
          lastReporter = { para, entity: facts.subject };
        }
        ctx.remember(facts);
      }
      if (byPara.has(para)) lastQuotedPara = para;
    }
    return { ...draft, results: namedInSecondParagraph(results, draft, introduced), context: ctx };
  },
};

/** A tag in the present tense, as features write dialogue: "she says", "he asks". */
const PRESENT_TAG = /\b(says|asks|calls|shouts|replies|answers|adds|laughs|mutters|whispers|tells)\b/u;

/**
 * The delayed identification of news leads: "A crane driver who … told inspectors
 * he was “…”" and then "Tobin Marr, 51, of …" opening the next
 * paragraph. Quotations the first paragraph gives to "a X" go to the person
 * first named at the start of the second, flagged as a description.
 */
export function namedInSecondParagraph(results: ReadonlyMap<number, Attributed>, draft: Draft, introduced: ReadonlyMap<number, Entity>): Map<number, Attributed> {
  const out = new Map(results);
  const firstPara = Math.min(...draft.sentences.map((p, i) => (p.length ? i : Number.POSITIVE_INFINITY)));
  const named = introduced.get(firstPara + 1);
  if (!named) return out;
  for (const [i, r] of results) {
    const speaker = r.attribution.speaker;
    if (draft.spans[i]?.para !== firstPara || speaker?.kind !== "unnamed" || !/^(a|an)\s/iu.test(speaker.name)) continue;
    const attribution = { ...r.attribution, speaker: named, resolution: [...r.attribution.resolution.filter((x) => x !== "unnamed-role"), "description" as const] };
    out.set(i, { ...r, attribution: { ...attribution, confidence: Math.min(r.attribution.confidence, confidenceOf(attribution.method, attribution.resolution)) } });
  }
  return out;
}
