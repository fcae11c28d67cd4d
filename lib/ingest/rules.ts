/**
 * The attribution rules, tried in order for each quotation: the first that
 * names a speaker wins. Each is a small function of the quotation's place in
 * the reporter's sentence (see docs/ingest.md, "Attribution rules"). These are
 * what no language library knows: how news copy tags a quotation.
 */
import { type Attribution, type Entity, type Method, type Resolution, type StoryContext, clauseStart, confidenceOf, governingVerb, tagAfter } from "./attribute";
import { answersPrevious, vocativeName } from "./dialogue";
import { DOCUMENT_NOUNS, SPEECH_VERBS } from "./lexicon";
import type { Span } from "./marks";
import { type Phrase, isVerbish, lower, readClause, readPhrase } from "./phrases";
import { type Token, placeholder } from "./sentences";
import type { Attributed, QuoteKind } from "./stages/draft";

export const attribution = (method: Method, resolution: Resolution[], speaker: Entity | undefined, evidence: string, extra = 0): Attribution => ({
  ...(speaker ? { speaker } : {}),
  method,
  resolution,
  confidence: Math.max(0.05, Math.round((confidenceOf(method, resolution) + extra) * 100) / 100),
  evidence: evidence.trim().slice(0, 160),
});

/** Verbs that name or describe rather than report an utterance. */
const NAMING_VERBS = new Set(["called", "calls", "branded", "brands", "dubbed", "labelled", "labeled", "described", "describes", "termed", "hailed", "slammed"]);

/** Direct: a sentence standing on its own ("X said: …", "…, said X"); partial: words built into the reporter's sentence. */
export function quoteKind(tokens: readonly Token[], at: number, source: string, quoteText: string, hasTagAfter: boolean): QuoteKind {
  const here = tokens[at] as Token;
  const before = source.slice(0, here.start).trim();
  const after = source.slice(here.end).trim();
  if (before === "" || (/[\u2014\u2013]$/u.test(before) && before.length < 3)) {
    const words = quoteText.trim().split(/\s+/u).length;
    return words <= 3 && /^[\p{Ll}]/u.test(after) && !hasTagAfter ? "partial" : "direct";
  }
  if (/:$/u.test(before)) return "direct";
  // "… too late.” “We will …”: a quotation straight after another starts a sentence of its own.
  if (tokens[at - 1]?.quote !== undefined) return "direct";
  const prior = tokens.slice(0, at).filter((t) => t.quote === undefined);
  const words = prior.filter((t) => !t.punct);
  if (/,$/u.test(before)) {
    // "He said, …" / "Sarn added, …": a tag; "a campaign, …": the reporter's own sentence.
    const lastWords = words.slice(-2).map((t) => lower(t));
    if (lastWords.some((w) => SPEECH_VERBS.has(w))) return "direct";
    // "“It is,” said the coach, “the finest …”": the rest of a direct quotation split by its tag.
    const lastQuote = tokens.slice(0, at).findLastIndex((t) => t.quote !== undefined);
    const between = tokens.slice(lastQuote + 1, at);
    return lastQuote >= 0 && between.length <= 8 && between.some((t) => SPEECH_VERBS.has(lower(t))) ? "direct" : "partial";
  }
  // "a cry of “…”", "with the words “…”": an utterance given whole.
  if ((lower(tokens[at - 1]) === "of" && UTTERANCE_NOUNS.has(lower(tokens[at - 2]))) || (lower(tokens[at - 1]) === "words" && lower(tokens[at - 2]) === "the")) return "direct";
  // "called “Quiet, please”": called out, not named, when the words follow the verb with no object between.
  if (/^(called|calls)$/u.test(lower(tokens[at - 1])) && /^[\p{Lu}]/u.test(quoteText.trim()) && /[,!?]/u.test(quoteText)) return "direct";
  // "shouted to the crew 'hold on …'": an utterance straight after its verb.
  const tail = words.slice(-4).map((t) => lower(t));
  const verbAt = tail.findLastIndex((w) => SPEECH_VERBS.has(w));
  // …except naming verbs: "called it 'a mess'", "which critics called 'a triumph'".
  if (verbAt >= 0 && NAMING_VERBS.has(tail[verbAt] as string)) return "partial";
  if (verbAt === tail.length - 1) return "direct";
  if (verbAt >= 0 && tail[verbAt + 1] === "to" && tail.length - verbAt <= 4) return "direct";
  return "partial";
}

/** What the rules know about one quotation and the story read so far. */
export interface RuleSite {
  span: Span;
  /** Index of the span (its placeholder). */
  index: number;
  para: number;
  tokens: Token[];
  source: string;
  /** Token index of the placeholder. */
  at: number;
  kind: QuoteKind;
  /** The tag after the quotation, if any. */
  after: ReturnType<typeof tagAfter>;
  ctx: StoryContext;
  facts: Parameters<StoryContext["remember"]>[0];
  /** Quotations attributed so far. */
  done: ReadonlyMap<number, Attributed>;
  earlierInPara: readonly number[];
  spans: readonly Span[];
  lastQuotedPara: number;
  lastReporter: { para: number; entity: Entity } | undefined;
  /** The subject of the latest sentence in this paragraph without a quotation ("Ellen laughs."). */
  paraSubject?: Entity | undefined;
  /** Speakers of the quoted paragraphs so far, latest last, with their paragraph. */
  quotedParas?: readonly QuotedPara[];
  /** The subject of the latest sentence without a quotation, its paragraph, and whether it answered silently ("She nods."). */
  narrative?: { para: number; entity: Entity; silent: boolean } | undefined;
}

/** A paragraph with quotations: its first speaker, its top-level quotations' texts, and how they were tagged. */
export interface QuotedPara {
  para: number;
  speaker: Entity;
  untagged: boolean;
  texts?: string[];
  /** Tagged in the present tense ("she says"): a feature's dialogue rather than a news report. */
  present?: boolean;
}

export interface Rule {
  name: string;
  attribute: (site: RuleSite) => Attribution | undefined;
}

const before = (s: RuleSite): string => s.source.slice(0, (s.tokens[s.at] as Token).start).trim();
const evidence = (s: RuleSite): string => s.source.replace(/[\uE000-\uF8FE]/gu, (c) => (c === placeholder(s.index) ? "«…»" : "“…”"));

function fromPhrase(s: RuleSite, method: Method, phrase: Phrase, phraseAt: number): Attribution {
  const r = s.ctx.resolve(phrase, { tokens: s.tokens, source: s.source }, s.facts, s.tokens[phraseAt]?.start ?? 0);
  return attribution(method, r.resolution, r.entity, evidence(s));
}

/** The speaker of the clause that holds the verb: "The skipper said …, and Ottilie Sarn added: “…”" → Ottilie Sarn. */
function fromClause(s: RuleSite, method: Method, end: number, verbAt?: number): Attribution | undefined {
  const { tokens, source, ctx } = s;
  const start = verbAt !== undefined ? clauseStart(tokens, verbAt) : 0;
  // "…, Cllr Wenna Tolk, who called it “…”": the person the relative clause is about.
  const who = verbAt !== undefined ? relativeAntecedent(tokens, verbAt, source, ctx) : undefined;
  if (who) {
    const r = ctx.resolve(who, { tokens, source }, s.facts, 0);
    if (r.entity) return attribution(method, r.resolution, r.entity, evidence(s));
  }
  // Words reported second-hand: "Brekk said a foreman had told workers …", "heard Mellor shout …".
  const inner = verbAt !== undefined ? embeddedSubject(tokens, start, verbAt, source, ctx) : undefined;
  if (inner) {
    const r = ctx.resolve(inner, { tokens, source }, s.facts, 0);
    // Someone the reporter heard is someone else: "the fourth official" is not the manager who quotes him.
    const outer = ctx.clauseSpeaker(readClause(tokens.slice(start), (verbAt ?? start) - start, source, ctx.isName), { tokens, source }, s.facts).entity;
    if (inner.type === "role" && (r.resolution.includes("description") || r.entity === outer)) return attribution(method, ["unnamed-role", "second-hand"], ctx.unnamed(inner.text), evidence(s));
    if (r.entity) return attribution(method, [...r.resolution, "second-hand"], r.entity, evidence(s));
  }
  let clause = readClause(tokens.slice(start), end - start, source, ctx.isName);
  if (!clause.subject && start > 0) clause = readClause(tokens, end, source, ctx.isName);
  if (clause.passive) {
    // "In a circular, crews were told: …": the speaker is the document's author.
    const doc = documentPhrase([...(clause.lead ?? []), ...tokens.slice(0, end)], source);
    if (!doc) return undefined;
    const r = ctx.resolve(doc, { tokens, source }, s.facts, 0);
    return attribution("document", r.resolution, r.entity, evidence(s));
  }
  const r = ctx.clauseSpeaker(clause, { tokens, source }, s.facts);
  if (!r.entity) return undefined;
  return attribution(method, r.resolution, r.entity, evidence(s));
}

/** In "…, my wife, Wendy, who has been asking “…”", the phrase before "who": Wendy. */
export function relativeAntecedent(tokens: readonly Token[], verbAt: number, source: string, ctx: StoryContext): Phrase | undefined {
  let w = verbAt - 1;
  while (w >= 0 && /^(has|have|had|been|being|was|were|is|also|once|later|then|often|always|repeatedly)$/u.test(lower(tokens[w]))) w--;
  if (lower(tokens[w]) !== "who" || tokens[w - 1]?.word !== ",") return undefined;
  let from = w - 1;
  while (from > 0 && !(tokens[from - 1] as Token).punct && (tokens[from - 1] as Token).quote === undefined && !isVerbish(tokens[from - 1])) from--;
  const phrase = readPhrase(tokens.slice(from, w - 1), source, ctx.isName);
  return phrase?.type === "name" ? phrase : undefined;
}

/** Verbs after which a clause reports what someone else said or was heard saying. */
const REPORTING = new Set("said says told tells heard hear saw recalled recalls claimed claims added explained insisted".split(" "));
const AUXILIARIES = new Set("had has have would will could did was were to then later also once".split(" "));

/**
 * The subject of a speech verb inside another speaker's clause: in "Sarn said
 * the skipper had told her …", the skipper. Undefined when the verb is the
 * clause's own.
 */
export function embeddedSubject(tokens: readonly Token[], start: number, verbAt: number, source: string, ctx: StoryContext): Phrase | undefined {
  let u = -1;
  for (let i = verbAt - 1; i >= start; i--) {
    const t = tokens[i] as Token;
    if (t.punct || t.quote !== undefined) return undefined;
    if (REPORTING.has(lower(t))) {
      u = i;
      break;
    }
  }
  if (u < 0) return undefined;
  let from = u + 1;
  if (lower(tokens[from]) === "that") from++;
  let to = verbAt;
  while (to > from && AUXILIARIES.has(lower(tokens[to - 1]))) to--;
  if (to <= from || to - from > 5) return undefined;
  const phrase = readPhrase(tokens.slice(from, to), source, ctx.isName);
  // "said it was", "said sorry": no person there.
  if (!phrase || (phrase.type === "pronoun" && phrase.word === "it")) return undefined;
  return phrase;
}

/** The nearest written text before the quotation: "the guild’s annual report", "a circular to crews". */
export function documentPhrase(tokens: readonly Token[], source: string): Phrase | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!DOCUMENT_NOUNS.has(lower(tokens[i]))) continue;
    // "with Minister Ilse Varn warning that …": a participle after a name, not a document.
    const prev = tokens[i - 1];
    if (/ing$/u.test(lower(tokens[i])) && prev && prev.start > 0 && !prev.possessive && /^[\p{Lu}]/u.test(prev.word)) continue;
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

const earlierSpeaker = (s: RuleSite): Attributed | undefined =>
  s.earlierInPara.map((i) => s.done.get(i)).filter((x): x is Attributed => !!x?.attribution.speaker).pop();

/** A later paragraph's segment of a quotation: its first segment's speaker. */
export const continued: Rule = {
  name: "continued",
  attribute: (s) => {
    if (s.span.continues === undefined) return undefined;
    return attribution("continued", [], s.done.get(s.span.continues)?.attribution.speaker, "continues the quotation from the paragraph before");
  },
};

/** `Name: “…”`: a speaker's name and a colon, no verb. */
export const nameColon: Rule = {
  name: "name-colon",
  attribute: (s) => {
    const prior = s.tokens.slice(0, s.at);
    if (!/:$/u.test(before(s)) || prior.length < 2 || prior.slice(0, -1).some((t) => t.punct || isVerbish(t))) return undefined;
    const phrase = readPhrase(prior.slice(0, -1), s.source, s.ctx.isName);
    return phrase?.type === "name" ? fromPhrase(s, "name-colon", phrase, 0) : undefined;
  },
};

/**
 * A speaker known by a user name or a page's name: "@handle", "an account named
 * 'x_y'", "a group known as 'Z'". The name must come before any
 * speech verb other than the naming "called"/"named".
 */
export function handleBefore(text: string): string | undefined {
  const at = /(?:^|[\s,(])(@[\p{L}\d_.]{2,30})/u.exec(text);
  const called = /\b(?:called|named|known as|under the name|calling (?:itself|herself|himself)|user ?name|handle)\s+["“'‘]([^"”'’]{2,40})["”'’]/u.exec(text);
  const found = [at && { name: at[1] as string, index: at.index }, called && { name: called[1] as string, index: called.index }].filter((x) => !!x).sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  const lead = text.slice(0, found.index).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return lead.some((w) => SPEECH_VERBS.has(w) && !/^(called|calls)$/u.test(w)) ? undefined : found.name.replace(/[.,]+$/u, "");
}

/** A user or page name as the speaker: the tag's verb (or the post) gives the method. */
export const handleRule: Rule = {
  name: "handle",
  attribute: (s) => {
    const name = handleBefore(s.source.slice(0, (s.tokens[s.at] as Token).start));
    if (!name) return undefined;
    const verb = governingVerb(s.tokens, s.at);
    const method: Method = verb === undefined ? "document" : s.kind === "direct" ? "tag-before" : "reported-speech";
    return attribution(method, ["name"], s.ctx.handle(name), evidence(s));
  },
};

/** `X said: “…”` / `X said, “…”`: the tag before a direct quotation. */
export const tagBefore: Rule = {
  name: "tag-before",
  attribute: (s) => {
    const verb = governingVerb(s.tokens, s.at);
    if (verb === undefined || !/[:,]$/u.test(before(s)) || s.kind !== "direct") return undefined;
    const a = fromClause(s, "tag-before", s.at, verb);
    return a?.speaker ? a : undefined;
  },
};

/** `“…,” said X.` / `“…,” X said.` / `“…”, according to X.` */
export const tagAfterRule: Rule = {
  name: "tag-after",
  attribute: (s) => {
    if (!s.after) return undefined;
    const a = fromPhrase(s, s.after.via, s.after.phrase, s.after.verbAt);
    return a.speaker ? a : undefined;
  },
};

/** `X said the plan was “…”`, `X called it “…”`: a speech verb earlier in the same sentence. */
export const reportedSpeech: Rule = {
  name: "reported-speech",
  attribute: (s) => {
    const verb = governingVerb(s.tokens, s.at);
    if (verb === undefined) return undefined;
    const a = fromClause(s, s.kind === "direct" ? "tag-before" : "reported-speech", s.at, verb);
    if (a?.speaker) return a;
    // No subject of its own ("“…,” Sarn said, adding …"): the sentence's earlier quotation.
    const earlier = earlierSpeaker(s);
    if (earlier && s.tokens.slice(0, s.at).some((t) => t.quote !== undefined)) return { ...earlier.attribution, method: "split-quote", evidence: evidence(s) };
    return undefined;
  },
};

/** Nouns for an utterance heard from someone: "a cry of “…” from the gallery". */
const UTTERANCE_NOUNS = new Set("shout shouts cry cries call calls chant chants heckle heckles jeer jeers roar yell scream".split(" "));
const PASSIVE_AUX = new Set("was were is are been being be".split(" "));

/**
 * The speaker named after the quotation when the sentence says who by: a
 * passive speech or naming verb with its agent ("was branded “…” by
 * traders"), or a heard utterance with its source ("a cry of “…” from the
 * public gallery").
 */
export function agentAfter(tokens: readonly Token[], at: number): { from: number; to: number; utterance: boolean } | undefined {
  const w1 = lower(tokens[at - 1]);
  const w2 = lower(tokens[at - 2]);
  const passive = SPEECH_VERBS.has(w1) && PASSIVE_AUX.has(w2);
  const passiveAs = w1 === "as" && SPEECH_VERBS.has(w2) && PASSIVE_AUX.has(lower(tokens[at - 3]));
  const utterance = w1 === "of" && UTTERANCE_NOUNS.has(w2);
  if (!passive && !passiveAs && !utterance) return undefined;
  let i = at + 1;
  while (i < tokens.length && tokens[i]?.word === ",") i++;
  if (lower(tokens[i]) !== (utterance ? "from" : "by")) return undefined;
  const from = i + 1;
  let to = from;
  while (to < tokens.length && !(tokens[to] as Token).punct && (tokens[to] as Token).quote === undefined && !/^(who|which|that|after|because|as|when|over|for|in|on|at)$/u.test(lower(tokens[to]))) to++;
  return to > from && to - from <= 6 ? { from, to, utterance } : undefined;
}

/** `was branded “…” by traders`, `a cry of “…” from the gallery`: the agent after the quotation. */
export const agentRule: Rule = {
  name: "agent",
  attribute: (s) => {
    const agent = agentAfter(s.tokens, s.at);
    if (!agent) return undefined;
    const phrase = readPhrase(s.tokens.slice(agent.from, agent.to), s.source, s.ctx.isName);
    if (!phrase || phrase.type === "document") return undefined;
    const a = fromPhrase(s, "reported-speech", phrase, agent.from);
    return a.speaker ? a : undefined;
  },
};

/** `The guild’s report … describes the fleet as “…”`: a document and its author. */
export const documentRule: Rule = {
  name: "document",
  attribute: (s) => {
    const doc = documentPhrase(s.tokens.slice(0, s.at), s.source);
    if (!doc) return undefined;
    const r = s.ctx.resolve(doc, { tokens: s.tokens, source: s.source }, s.facts, (s.tokens[s.at] as Token).start);
    return r.entity ? attribution("document", r.resolution, r.entity, evidence(s)) : undefined;
  },
};

/** The rest of a quotation split around its tag: the same paragraph's earlier speaker. */
export const splitQuote: Rule = {
  name: "split-quote",
  attribute: (s) => {
    const earlier = earlierSpeaker(s);
    if (!earlier) return undefined;
    // No surer than the quotation it follows.
    const a = attribution("split-quote", ["carried"], earlier.attribution.speaker, "follows a tagged quotation in the same paragraph");
    return { ...a, confidence: Math.min(a.confidence, earlier.attribution.confidence) };
  },
};

/** An untagged quotation paragraph: the person just reported as speaking, else the last quoted speaker. */
export const followOn: Rule = {
  name: "follow-on",
  attribute: (s) => {
    if (s.kind !== "direct") return undefined;
    // "Ede said the span sat higher. “It is designed …”": the person just reported in the same paragraph.
    if (s.lastReporter && s.lastReporter.para === s.para) return attribution("follow-on", ["carried"], s.lastReporter.entity, "an untagged quotation after its speaker's reported words in the same paragraph");
    // "Ellen laughs. “She's been on this boat …”": the person the paragraph has just been about.
    if (s.paraSubject && s.paraSubject.kind !== "unnamed") return attribution("follow-on", ["carried"], s.paraSubject, "an untagged quotation after a sentence about its speaker", -0.1);
    const q = s.quotedParas ?? [];
    const [a, b] = [q[q.length - 2], q[q.length - 1]];
    const alone = s.tokens.length <= 2;
    // "“Where are your mates, Kyle?”" then an untagged line: Kyle answers.
    const addressed = alone && b?.para === s.para - 1 ? vocativeName(b.texts?.[b.texts.length - 1] ?? "") : undefined;
    if (addressed && b) {
      const who = s.ctx.nameEntity(addressed.split(" ")).entity;
      if (who !== b.speaker && who.kind === "person") return attribution("follow-on", ["carried"], who, "an untagged line answering the person the line before named", -0.15);
    }
    // Dialogue: untagged quotation paragraphs in a row take turns between two speakers.
    if (a && b && b.para === s.para - 1 && a.para === s.para - 2 && a.speaker !== b.speaker && alone) {
      return attribution("follow-on", ["carried"], a.speaker, "an untagged line of dialogue: the turn goes back to the other speaker", -0.2);
    }
    // A feature's short exchange: a short untagged line after a short line (or a question) is the other person's answer.
    // (A news report's untagged follow-on paragraphs by one speaker are not an exchange.)
    const exchange = b?.present || (b?.untagged && a !== undefined && a.speaker !== b.speaker);
    if (b && alone && b.para === s.para - 1 && exchange && answersPrevious(b.texts ?? [], s.span.text)) {
      const other = s.ctx.otherParty(b.speaker, s.facts, 0);
      if (other) return attribution("follow-on", ["carried"], other, "an untagged line of dialogue answering the line before", -0.2);
    }
    // "Jones said the plan would fail." then an untagged quotation paragraph: Jones, if no one was quoted in between.
    if (s.lastReporter && s.lastReporter.para === s.para - 1 && s.lastQuotedPara < s.para - 1) {
      return attribution("follow-on", ["carried"], s.lastReporter.entity, "an untagged quotation after a paragraph reporting what its speaker said");
    }
    // "Odo crouches beside him." then an untagged line: Odo's; after "She nods.", the other person's.
    if (alone && s.narrative && s.narrative.para === s.para - 1 && s.lastQuotedPara < s.para - 1 && s.narrative.entity.kind === "person") {
      const who = s.narrative.silent ? s.ctx.otherParty(s.narrative.entity, s.facts, 0) : s.narrative.entity;
      if (who) return attribution("follow-on", ["carried"], who, "an untagged line after a paragraph about its speaker", -0.2);
    }
    if (s.lastQuotedPara < 0) return undefined;
    const previous = [...s.done.entries()].filter(([i]) => s.spans[i]?.para === s.lastQuotedPara && s.spans[i]?.parent === undefined).pop()?.[1];
    if (!previous?.attribution.speaker) return undefined;
    const gap = s.para - s.lastQuotedPara - 1;
    return attribution("follow-on", ["carried"], previous.attribution.speaker, "an untagged quotation after the previous speaker's", gap > 0 ? -0.25 : 0);
  },
};

/** In order: the first rule that finds a speaker wins. */
export const RULES: readonly Rule[] = [continued, nameColon, handleRule, tagBefore, tagAfterRule, agentRule, reportedSpeech, documentRule, splitQuote, followOn];

/** Runs the rules; none finding a speaker leaves a speakerless fallback (filled by a later stage). */
export function applyRules(site: RuleSite, rules: readonly Rule[] = RULES): Attributed {
  if (site.span.continues !== undefined) return { attribution: continued.attribute(site) as Attribution, kind: "direct" };
  for (const rule of rules) {
    const a = rule.attribute(site);
    if (a && (a.speaker || rule === continued)) return { attribution: a, kind: rule === nameColon ? "direct" : site.kind };
  }
  return { attribution: attribution("fallback", [], undefined, evidence(site)), kind: site.kind };
}
