/**
 * The whole extractor: marks → quotations → attribution → direct or partial.
 * Pure: a parsed story and the known speakers in, the quotations out.
 */
import type { Person } from "../content/schema";
import { type Attribution, type Entity, type Method, type Resolution, StoryContext, clauseStart, confidenceOf, governingVerb, tagAfter } from "./attribute";
import { type NotQuotation, notQuotation } from "./classify";
import { DOCUMENT_NOUNS, SPEECH_VERBS } from "./lexicon";
import { type Span, findSpans } from "./marks";
import { type Phrase, isVerbish, lower, readClause, readPhrase } from "./phrases";
import type { PlainStory } from "./plain-text";
import { type Token, buildFrame, placeholder, splitSentences, tokenize } from "./sentences";

export type QuoteKind = "direct" | "partial";

export interface FoundQuote {
  /** Exactly the characters between the marks. */
  text: string;
  /** Paragraph index (-1: the headline) and offsets of `text` in it. */
  para: number;
  start: number;
  end: number;
  kind: QuoteKind;
  headline: boolean;
  /** Index (in the quote list) of the quotation this one is quoted inside. */
  parent?: number;
  /** Index of the previous paragraph's segment of the same quotation. */
  continues?: number;
  closed: boolean;
  attribution: Attribution;
}

export interface Extraction {
  quotes: FoundQuote[];
  speakers: Entity[];
  /** Spans in marks that were judged not to be quotations, and why. */
  ignored: { para: number; text: string; reason: NotQuotation }[];
  /** Oddities for the editor: marks read best effort, and so on. */
  warnings: string[];
}

/** Below this, an attribution is listed for an editor to check. */
export const REVIEW_THRESHOLD = 0.6;

const attribution = (method: Method, resolution: Resolution[], speaker: Entity | undefined, evidence: string, extra = 0): Attribution => ({
  ...(speaker ? { speaker } : {}),
  method,
  resolution,
  confidence: Math.max(0.05, Math.round((confidenceOf(method, resolution) + extra) * 100) / 100),
  evidence: evidence.trim().slice(0, 160),
});

/** Direct: a sentence standing on its own ("X said: …", "…, said X"); partial: words built into the reporter's sentence. */
export function quoteKind(tokens: readonly Token[], at: number, source: string, quoteText: string, hasTagAfter: boolean): QuoteKind {
  const here = tokens[at] as Token;
  const before = source.slice(0, here.start).trim();
  const after = source.slice(here.end).trim();
  if (before === "" || /[\u2014\u2013]$/u.test(before) && before.length < 3) {
    const words = quoteText.trim().split(/\s+/u).length;
    return words <= 3 && /^[\p{Ll}]/u.test(after) && !hasTagAfter ? "partial" : "direct";
  }
  if (/:$/u.test(before)) return "direct";
  const prior = tokens.slice(0, at).filter((t) => t.quote === undefined);
  const words = prior.filter((t) => !t.punct);
  if (/,$/u.test(before)) {
    // "He said, …" / "Stoltenberg added, …": a tag; "a campaign, …": the reporter's own sentence.
    const lastWords = words.slice(-2).map((t) => lower(t));
    return lastWords.some((w) => SPEECH_VERBS.has(w)) ? "direct" : "partial";
  }
  // "said to everybody 'would everyone …'": an utterance straight after its verb.
  const tail = words.slice(-4).map((t) => lower(t));
  const verbAt = tail.findLastIndex((w) => SPEECH_VERBS.has(w));
  // …except naming verbs: "called it 'a shambles'", "which judges called 'a masterpiece'".
  if (verbAt >= 0 && NAMING_VERBS.has(tail[verbAt] as string)) return "partial";
  if (verbAt === tail.length - 1) return "direct";
  if (verbAt >= 0 && tail[verbAt + 1] === "to" && tail.length - verbAt <= 4) return "direct";
  return "partial";
}

/** Verbs that name or describe rather than report an utterance. */
const NAMING_VERBS = new Set(["called", "calls", "branded", "brands", "dubbed", "labelled", "labeled", "described", "describes", "termed", "hailed", "slammed"]);

interface Located {
  span: number;
  para: number;
  sentence: number;
  tokens: Token[];
  source: string;
  at: number;
}

export function extractQuotations(story: PlainStory, people: readonly Person[] = []): Extraction {
  const marks = findSpans(story.paragraphs, { headline: story.headline });
  const lineText = (para: number) => (para === -1 ? story.headline : (story.paragraphs[para] ?? ""));
  const ignored: Extraction["ignored"] = [];

  // 1. Which spans are quotations.
  const isQuote = marks.spans.map(() => false);
  marks.spans.forEach((s, i) => {
    if (s.continues !== undefined) {
      isQuote[i] = isQuote[s.continues] ?? false;
      return;
    }
    if (s.parent !== undefined && !isQuote[s.parent]) return;
    const reason = notQuotation(lineText(s.para), s, s.parent !== undefined ? marks.spans[s.parent]?.start : undefined);
    if (reason) ignored.push({ para: s.para, text: s.text, reason });
    else isQuote[i] = true;
  });
  const topLevel = (s: Span, i: number) => isQuote[i] && (s.parent === undefined || !isQuote[s.parent]);

  // 2. Frames: each paragraph with its top-level quotations as placeholders, split into sentences.
  const frames = story.paragraphs.map((text, para) => {
    const quotes = marks.spans
      .map((s, index) => ({ s, index }))
      .filter(({ s, index }) => s.para === para && topLevel(s, index))
      .map(({ s, index }) => ({ index, from: s.start - 1, to: s.closed ? s.end + 1 : s.end }));
    return buildFrame(text, quotes);
  });
  const sentences = frames.map((frame) =>
    splitSentences(frame, (i) => marks.spans[i]?.text ?? "").map((s) => ({ ...s, text: s.text.replace(/^[•*·▪‣◦-]\s*/u, "") })),
  );
  const ctx = new StoryContext(
    [story.headline, ...sentences.flat().map((s) => s.text)],
    marks.spans.filter((_, i) => isQuote[i]).map((s) => s.text),
    people,
  );

  // 3. Attribution in reading order.
  const result = new Map<number, { attribution: Attribution; kind: QuoteKind }>();
  const byPara = new Map<number, number[]>();
  let lastQuotedPara = -1;
  /** The last sentence subject that spoke in reported speech ("Jones said the plan would fail."). */
  let lastReporter: { para: number; entity: Entity } | undefined;
  for (const [para, paraSentences] of sentences.entries()) {
    for (const [si, sentence] of paraSentences.entries()) {
      const tokens = tokenize(sentence.text);
      const facts = ctx.readSentence(tokens, sentence.text);
      let sentenceSpeaker: Entity | undefined;
      for (const [at, token] of tokens.entries()) {
        if (token.quote === undefined) continue;
        const loc: Located = { span: token.quote, para, sentence: si, tokens, source: sentence.text, at };
        const found = attributeOne(loc, marks.spans, ctx, facts, result, byPara.get(para) ?? [], lastQuotedPara, para, lastReporter);
        result.set(token.quote, found);
        byPara.set(para, [...(byPara.get(para) ?? []), token.quote]);
        sentenceSpeaker ??= found.attribution.speaker;
      }
      if (!facts.subject && sentenceSpeaker) facts.subject = sentenceSpeaker;
      // "A spokesman said:" at the end of a paragraph introduces the next one, even unnamed.
      if (facts.subject && (facts.subject.kind !== "unnamed" || /:$/u.test(sentence.text)) && governingVerb(tokens, tokens.length) !== undefined) {
        lastReporter = { para, entity: facts.subject };
      }
      ctx.remember(facts);
    }
    if (byPara.has(para)) lastQuotedPara = para;
  }

  // 4. Nested quotations: the speaker named inside the outer quotation ("The pilot said to everybody '…'").
  marks.spans.forEach((s, i) => {
    if (!isQuote[i] || topLevel(s, i) || s.parent === undefined) return;
    const outer = result.get(s.parent);
    const text = lineText(s.para);
    const inside = text.slice(marks.spans[s.parent]?.start ?? 0, s.start - 1);
    const lastSentence = inside.split(/(?<=[.!?])\s+/u).pop() ?? "";
    const tokens = tokenize(lastSentence);
    const clause = readClause(tokens, tokens.length, lastSentence, ctx.isName);
    let speaker: Entity | undefined;
    const resolution: Resolution[] = [];
    if (clause.subject?.type === "pronoun" && /^(i|we)$/u.test(clause.subject.word)) speaker = outer?.attribution.speaker;
    else if (clause.subject?.type === "role") {
      // Someone the speaker describes ("the pilot", "the skipper"): kept as written, never the speaker themself.
      speaker = ctx.unnamed(clause.subject.text);
      resolution.push("unnamed-role");
    } else if (clause.subject) {
      const r = ctx.resolve(clause.subject, { tokens, source: lastSentence });
      speaker = r.entity;
      resolution.push(...r.resolution);
    }
    result.set(i, { attribution: attribution("nested", resolution, speaker, lastSentence), kind: "direct" });
  });

  // 5. Whatever is left goes to the story's most quoted speaker, flagged for review.
  const counts = new Map<Entity, number>();
  for (const { attribution: a } of result.values()) if (a.speaker && a.method !== "nested") counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  marks.spans.forEach((s, i) => {
    if (!isQuote[i]) return;
    if (s.para === -1 && !result.has(i)) {
      // "Vell: 'We threw it away'": a headline's own name-colon tag.
      const tag = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}):\s*$/u.exec(story.headline.slice(0, Math.max(0, s.start - 1)));
      if (tag?.[1]) {
        const named = ctx.nameEntity(tag[1].split(/\s+/u));
        result.set(i, { attribution: attribution("name-colon", [named.resolution], named.entity, story.headline), kind: "direct" });
        return;
      }
      result.set(i, { attribution: attribution("fallback", [], main, "headline: the story's most quoted speaker"), kind: s.text.trim().split(/\s+/u).length <= 4 ? "partial" : "direct" });
      return;
    }
    const r = result.get(i);
    if (r && !r.attribution.speaker) {
      r.attribution = { ...attribution("fallback", [], main, `no speaker found near the quotation; the story's most quoted speaker`), ...(main ? {} : {}) };
    }
  });
  // Continued segments take their first segment's final speaker.
  marks.spans.forEach((s, i) => {
    if (s.continues === undefined || !isQuote[i]) return;
    const first = result.get(s.continues);
    const r = result.get(i);
    if (first && r && r.attribution.method === "continued") r.attribution = { ...first.attribution, method: "continued", evidence: "continues the quotation from the paragraph before" };
  });

  // 6. The list, in document order (spans are already in order of their opening marks).
  const indexOf = new Map<number, number>();
  const quotes: FoundQuote[] = [];
  marks.spans.forEach((s, i) => {
    const r = result.get(i);
    if (!isQuote[i] || !r) return;
    indexOf.set(i, quotes.length);
    const parent = s.parent !== undefined ? indexOf.get(s.parent) : undefined;
    const continues = s.continues !== undefined ? indexOf.get(s.continues) : undefined;
    quotes.push({
      text: s.text,
      para: s.para,
      start: s.start,
      end: s.end,
      kind: r.kind,
      headline: s.para === -1,
      closed: s.closed,
      ...(parent !== undefined ? { parent } : {}),
      ...(continues !== undefined ? { continues } : {}),
      attribution: r.attribution,
    });
  });
  const used = new Set(quotes.map((q) => q.attribution.speaker).filter((e): e is Entity => e !== undefined));
  return {
    quotes,
    speakers: ctx.allEntities().filter((e) => used.has(e)),
    ignored,
    warnings: marks.warnings.map((w) => {
      const line = lineText(w.para);
      return `${w.para === -1 ? "headline" : `paragraph ${w.para + 1}`}, at “${line.slice(Math.max(0, w.offset - 20), w.offset + 30)}”: ${w.message}`;
    }),
  };
}

function attributeOne(
  loc: Located,
  spans: readonly Span[],
  ctx: StoryContext,
  facts: Parameters<StoryContext["remember"]>[0],
  done: ReadonlyMap<number, { attribution: Attribution; kind: QuoteKind }>,
  earlierInPara: readonly number[],
  lastQuotedPara: number,
  para: number,
  lastReporter?: { para: number; entity: Entity },
): { attribution: Attribution; kind: QuoteKind } {
  const span = spans[loc.span] as Span;
  const { tokens, source, at } = loc;
  const site = { tokens, source };
  if (span.continues !== undefined) {
    const first = done.get(span.continues);
    return { attribution: attribution("continued", [], first?.attribution.speaker, "continues the quotation from the paragraph before"), kind: "direct" };
  }
  const after = tagAfter(tokens, at, source, ctx.isName);
  const kind = quoteKind(tokens, at, source, span.text, after !== undefined);
  const before = source.slice(0, (tokens[at] as Token).start).trim();
  const evidenceAround = source.replace(/[\uE000-\uF8FE]/gu, (c) => (c === placeholder(loc.span) ? "«…»" : "“…”"));

  const fromPhrase = (method: Method, phrase: Phrase, phraseAt: number, extra = 0): Attribution => {
    const r = ctx.resolve(phrase, site, facts, tokens[phraseAt]?.start ?? 0);
    return attribution(method, r.resolution, r.entity, evidenceAround, extra);
  };
  const fromClause = (method: Method, end: number, verbAt?: number): Attribution | undefined => {
    // The clause that holds the verb: "The driver said …, and Ottilie Sarn added: “…”" → Ottilie Sarn.
    const start = verbAt !== undefined ? clauseStart(tokens, verbAt) : 0;
    let clause = readClause(tokens.slice(start), end - start, source, ctx.isName);
    if (!clause.subject && start > 0) clause = readClause(tokens, end, source, ctx.isName);
    if (clause.passive) {
      // "In a leaked internal memo, staff were told: …": the speaker is the document's author.
      const doc = documentPhrase([...(clause.lead ?? []), ...tokens.slice(0, end)], source);
      if (!doc) return undefined;
      const r = ctx.resolve(doc, site, facts, 0);
      return attribution("document", r.resolution, r.entity, evidenceAround);
    }
    const r = ctx.clauseSpeaker(clause, site, facts);
    if (!r.entity) return undefined;
    return attribution(method, r.resolution, r.entity, evidenceAround);
  };

  // Name: “…” — a speaker's name and a colon, no verb.
  const prior = tokens.slice(0, at);
  if (/:$/u.test(before) && prior.length >= 2 && !prior.slice(0, -1).some((t) => t.punct || isVerbish(t))) {
    const phrase = readPhrase(prior.slice(0, -1), source, ctx.isName);
    if (phrase?.type === "name") return { attribution: fromPhrase("name-colon", phrase, 0), kind: "direct" };
  }
  const verb = governingVerb(tokens, at);
  // X said: “…” / X said, “…” — the tag before the quotation.
  if (verb !== undefined && /[:,]$/u.test(before) && kind === "direct") {
    const a = fromClause("tag-before", at, verb);
    if (a?.speaker) return { attribution: a, kind };
  }
  // “…,” said X. / “…,” X said. / “…”, according to X.
  if (after) {
    const a = fromPhrase(after.via, after.phrase, after.verbAt);
    if (a.speaker) return { attribution: a, kind };
  }
  // X said the plan was “…” / X called it “…” — a speech verb earlier in the same sentence.
  if (verb !== undefined) {
    const a = fromClause(kind === "direct" ? "tag-before" : "reported-speech", at, verb);
    if (a?.speaker) return { attribution: a, kind };
    // No subject of its own ("“…,” Stoltenberg said, adding …"): the sentence's earlier quotation.
    const earlier = earlierInPara.map((i) => done.get(i)).filter((x) => x?.attribution.speaker).pop();
    if (earlier && tokens.slice(0, at).some((t) => t.quote !== undefined)) return { attribution: { ...earlier.attribution, method: "split-quote", evidence: evidenceAround }, kind };
  }
  // The alliance’s communique … identifies Russia as having “…” — a document and its author.
  const doc = documentPhrase(tokens.slice(0, at), source);
  if (doc) {
    const r = ctx.resolve(doc, site, facts, (tokens[at] as Token).start);
    if (r.entity) return { attribution: attribution("document", r.resolution, r.entity, evidenceAround), kind };
  }
  // Untagged: the rest of a quotation split around its tag, or a follow-on quotation paragraph.
  const earlier = earlierInPara.map((i) => done.get(i)).filter((x) => x?.attribution.speaker).pop();
  if (earlier) return { attribution: attribution("split-quote", ["carried"], earlier.attribution.speaker, "follows a tagged quotation in the same paragraph"), kind };
  // "Jones said the plan would fail." then an untagged quotation paragraph: Jones, if no one was quoted in between.
  if (kind === "direct" && lastReporter && lastReporter.para === para - 1 && lastQuotedPara < para - 1) {
    return { attribution: attribution("follow-on", ["carried"], lastReporter.entity, "an untagged quotation after a paragraph reporting what its speaker said"), kind };
  }
  if (kind === "direct" && lastQuotedPara >= 0) {
    const previous = [...done.entries()].filter(([i]) => spans[i]?.para === lastQuotedPara && spans[i]?.parent === undefined).pop()?.[1];
    if (previous?.attribution.speaker) {
      const gap = para - lastQuotedPara - 1;
      return { attribution: attribution("follow-on", ["carried"], previous.attribution.speaker, "an untagged quotation after the previous speaker's", gap > 0 ? -0.25 : 0), kind };
    }
  }
  return { attribution: attribution("fallback", [], undefined, evidenceAround), kind };
}

/** The nearest written text before the quotation: "the alliance’s joint communique", "a leaked internal memo". */
function documentPhrase(tokens: readonly Token[], source: string): Phrase | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!DOCUMENT_NOUNS.has(lower(tokens[i]))) continue;
    let from = i;
    while (from > 0 && i - from < 5) {
      const t = tokens[from - 1] as Token;
      if (t.punct || t.quote !== undefined || isVerbish(t) || /ing$/u.test(t.word) || /^(in|on|at|of|from|by|to|and|that|with|following)$/u.test(t.word)) break;
      from--;
      if (/^(a|an|the|its|their|his|her)$/iu.test(t.word)) break;
    }
    const phrase = readPhrase(tokens.slice(from, i + 1), source, () => false);
    if (phrase?.type === "document") return phrase;
  }
  return undefined;
}

/** Whether an editor should check this attribution: below the threshold, or no speaker at all. */
export const needsReview = (a: Attribution): boolean => a.confidence < REVIEW_THRESHOLD || !a.speaker;

/** The list the scorer reads: the `--quotes` fields plus confidence and the review flag. */
export function predictionList(extraction: Extraction): { text: string; speaker: string; kind: QuoteKind; confidence: number; review: boolean }[] {
  return extraction.quotes.map((q) => ({ text: q.text, speaker: q.attribution.speaker?.name ?? "unknown", kind: q.kind, confidence: q.attribution.confidence, review: needsReview(q.attribution) }));
}

/** The `--quotes` list: `{ text, speaker, kind }` in document order. */
export function quoteList(extraction: Extraction): { text: string; speaker: string; kind: QuoteKind }[] {
  return extraction.quotes.map((q) => ({ text: q.text, speaker: q.attribution.speaker?.name ?? "unknown", kind: q.kind }));
}
