/**
 * Noun phrases in the reporter's sentence: who is the subject of a clause
 * ("The port's harbour master, Captain Jory Penhal, called it …"), and
 * what kind of phrase a speaker is written as (a name, a pronoun, a role
 * noun, an organisation noun, a document).
 */
import { ADVERBS, CLAUSE_OPENERS, DOCUMENT_NOUNS, INDEFINITE_PRONOUNS, NON_SPEECH_VERBS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, SPEECH_VERBS } from "./lexicon";
import { type NameRun, nameRuns } from "./names";
import type { Token } from "./sentences";

export type Phrase =
  | { type: "pronoun"; word: string; text: string }
  | { type: "name"; run: NameRun; words: string[]; role?: string; text: string }
  | { type: "document"; text: string; owner?: Token[] }
  | { type: "org-noun"; text: string; noun: string }
  | { type: "role"; text: string; head: string };

const PREPOSITIONS = new Set("at in of from for with on to by near into across under over about after before behind beside inside outside between among against via per like during towards toward through onto past".split(" "));
const DETERMINERS = new Set("the a an this that these those his her their its our my your some any one".split(" "));
const RELATIVES = new Set(["who", "which", "that", "whose", "whom", "where"]);
const CONJUNCTIONS = new Set(["And", "But", "Yet", "So", "Or", "Then", "Also"]);
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export { PREPOSITIONS };

export const lower = (t: Token | undefined): string => (t ? t.word.toLowerCase() : "");
export const isVerbish = (t: Token | undefined): boolean => {
  // A capitalised word inside a sentence is part of a name ("the Liberal Left Union"), not a verb.
  if (t && t.start > 0 && /^[\p{Lu}]/u.test(t.word)) return false;
  const w = lower(t);
  if (SPEECH_VERBS.has(w) || NON_SPEECH_VERBS.has(w)) return true;
  // A verb the lists lack ("grimaced", "bristled"), when the library tags one.
  return !!t && (t.pos === "VERB" || t.pos === "AUX") && /^\p{Ll}+$/u.test(t.word);
};
const text = (tokens: readonly Token[], source: string): string => {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // "The guild’s": the owner without its possessive ending.
  return first && last ? source.slice(first.start, last.possessive ? last.start + last.word.length : last.end) : "";
};

/**
 * Reads one noun phrase (no punctuation inside). `isName` decides whether a
 * capitalised run is a name (a sentence's first word may only be capitalised).
 */
export function readPhrase(tokens: readonly Token[], source: string, isName: (run: NameRun, tokens: readonly Token[]) => boolean): Phrase | undefined {
  let words = tokens.filter((t) => !t.punct && t.quote === undefined);
  // "There's a lady who …", "there is a man": the existential "there" is not part of who.
  if (lower(words[0]) === "there" && (words[0]?.possessive || /^(is|was|are|were)$/u.test(lower(words[1])))) words = words.slice(words[0]?.possessive ? 1 : 2);
  if (words.length === 0) return undefined;
  // "from Porthkerry", "in June": a place or a time, not who.
  if (PREPOSITIONS.has((words[0]?.word ?? "").toLowerCase())) return undefined;
  const all = text(words, source);
  if (words.length === 1 && PRONOUNS[lower(words[0])] !== undefined) return { type: "pronoun", word: lower(words[0]), text: all };
  // "Nobody came", "no one", "Everything is electric now": nobody a pronoun could later point to.
  if (isIndefinite(words)) return undefined;
  // "What has changed?", "Why midwifery?": a question word is no one.
  if (/^(what|why|how|when|where|which|whose)$/u.test(lower(words[0]))) return undefined;

  // The head is the last word before the first preposition or relative: "Crews at the Vellum quay" → Crews.
  const firstPrep = words.findIndex((t, i) => i > 0 && (PREPOSITIONS.has(t.word) || RELATIVES.has(t.word)));
  const core = firstPrep > 0 ? words.slice(0, firstPrep) : words;
  const headToken = core[core.length - 1] as Token;
  const head = lower(headToken);

  // Names: the last capitalised run in the core that is not an owner ("Morwen's mother") and passes isName.
  const runs = nameRuns(words).filter((r) => r.to <= core.length && !r.possessive && isName(r, words));
  const run = runs[runs.length - 1];
  // "Minister Ilse Varn warning that …": a participle after a name, not a document called a warning.
  if (run && run.to === core.length - 1 && /ing$/u.test(head)) return readPhrase(words.slice(0, run.to), source, isName);
  if (run && run.to === core.length) {
    const before = words.slice(0, run.from).filter((t) => !DETERMINERS.has(lower(t)) || t.possessive);
    return {
      type: "name",
      run,
      words: run.words,
      text: all,
      ...(before.length ? { role: text(before, source) } : {}),
    };
  }
  if (DOCUMENT_NOUNS.has(head)) {
    const owners = core.slice(0, -1);
    const lastOwner = owners.map((t) => t.possessive).lastIndexOf(true);
    return { type: "document", text: all, ...(lastOwner >= 0 ? { owner: owners.slice(0, lastOwner + 1) } : {}) };
  }
  if (ORG_NOUNS.has(head) && core.length <= 3 && /^(the|its|their)$/iu.test(core[0]?.word ?? "")) return { type: "org-noun", text: all, noun: head };
  return { type: "role", text: firstPrep > 0 ? all : text(core, source), head };
}

/** "Nobody", "no one", "everyone else": a phrase that names no one. */
export function isIndefinite(words: readonly Token[]): boolean {
  const w = words.map((t) => lower(t));
  if (w[0] === "no" && w[1] === "one") return true;
  return INDEFINITE_PRONOUNS.has(w[0] ?? "") && (w.length === 1 || (w.length === 2 && w[1] === "else"));
}

export interface Clause {
  subject?: Phrase;
  /** Character offset of the subject in the sentence. */
  subjectStart?: number;
  /** Other phrases set off by commas or dashes after the subject ("Captain Jory Penhal", "an analyst with …"). */
  appositives: Phrase[];
  /** Index of the subject's verb, if found. */
  verb?: number;
  /** "crews were told": the subject is spoken to, not speaking. */
  passive: boolean;
  /** A leading phrase such as "In a circular to crews," that the subject follows. */
  lead?: Token[];
}

const TIME_WORDS = new Set("year week month night morning evening afternoon day time summer winter spring autumn weekend season monday tuesday wednesday thursday friday saturday sunday".split(" "));

/**
 * "Odo crouches beside him", "She nods.": a lowercase -s or -ed word after a
 * pronoun, or after a name and before a preposition, article, pronoun or the
 * end, is the verb (taggers often read such words in features as nouns).
 */
export function presentVerbAfterSubject(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (!prev || !/^\p{Ll}+(s|ed)$/u.test(t.word) || /ss$/u.test(t.word)) return false;
  const p = lower(prev);
  if (p === "he" || p === "she" || p === "they") return true;
  const nameBefore = /^\p{Lu}/u.test(prev.word) && !prev.possessive && PRONOUNS[p] === undefined && !DETERMINERS.has(p);
  const n = lower(next);
  return nameBefore && (!next || next.punct || PREPOSITIONS.has(n) || DETERMINERS.has(n) || /^(him|her|them|it|me|us|and)$/u.test(n));
}

const stopsChunk = (t: Token, prev: Token | undefined, atStart: boolean, next?: Token): boolean => {
  if (t.punct || t.quote !== undefined) return true;
  if (atStart) return false;
  const w = lower(t);
  // "One dad last year asked", "she every Tuesday says": a time phrase ends the subject.
  if (/^(last|every|each|this|next)$/u.test(w) && TIME_WORDS.has(lower(next)) && !DETERMINERS.has(lower(prev)) && !prev?.possessive) return true;
  // "The reply", "the first", "his answer": a word straight after an article is a noun, whatever else it can be.
  if (prev && /^(the|a|an|his|her|their|its|my|our|your)$/iu.test(prev.word) && /^\p{Ll}/u.test(t.word) && !RELATIVES.has(w)) return false;
  // "The station's managing director", "the presiding officer": a participle naming a post.
  if (/^[a-z]+ing$/u.test(t.word) && PERSON_NOUNS.has(lower(next))) return false;
  if (isVerbish(t) || ADVERBS.has(w) || RELATIVES.has(w) || w === "not") return true;
  if (presentVerbAfterSubject(t, prev, next)) return true;
  // "A statement issued by …", "The union representing workers …": a participle after a noun, not after "the" or "a".
  return /^[a-z]+(ed|ing)$/u.test(t.word) && !!prev && !DETERMINERS.has(lower(prev)) && !/^[a-z]+ing$/u.test(prev.word);
};

/** Reads words from `i` until a comma, dash, quotation or verb. */
function chunk(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && !stopsChunk(tokens[j] as Token, tokens[j - 1], j === i, tokens[j + 1])) j++;
  return j;
}

/**
 * After a short opening phrase of time or place with no comma ("At noon",
 * "In court"), the index of a subject that a verb follows: a pronoun or
 * a name not at the sentence's start. -1 when there is none within four words.
 */
export function subjectAfterShortLead(tokens: readonly Token[], i: number, end: number): number {
  for (let k = i + 1; k < end && k <= i + 4; k++) {
    const t = tokens[k] as Token;
    if (t.punct || t.quote !== undefined || isVerbish(t)) return -1;
    if (PRONOUNS[lower(t)] !== undefined && PRONOUNS[lower(t)] !== "neuter" && isVerbish(tokens[k + 1])) return k;
    // "In May the defendant wrote", "On Monday his lawyer said": a determiner, a noun or two, then the verb.
    if (k > i + 1 && /^(the|his|her|their)$/u.test(t.word)) {
      let e = k + 1;
      while (e < end && e <= k + 3 && !(tokens[e] as Token).punct && !isVerbish(tokens[e])) e++;
      if (e > k + 1 && isVerbish(tokens[e]) && !/^(was|were|is|are)$/u.test(lower(tokens[e]))) return k;
      return -1;
    }
    if (/^[\p{Lu}]/u.test(t.word)) {
      let e = k;
      while (e < end && /^[\p{Lu}]/u.test((tokens[e] as Token).word) && !(tokens[e] as Token).punct) e++;
      if (isVerbish(tokens[e])) return k;
      k = e - 1;
    }
  }
  return -1;
}

/** The subject of the clause in `tokens[0, end)`, with its appositives and verb. */
export function readClause(tokens: readonly Token[], end: number, source: string, isName: (run: NameRun, tokens: readonly Token[]) => boolean): Clause {
  let i = 0;
  while (i < end && CONJUNCTIONS.has(capital((tokens[i] as Token).word))) i++;
  let lead: Token[] | undefined;
  const opener = tokens[i];
  if (opener && (CLAUSE_OPENERS.has(opener.word) || (i === 0 && /^[A-Z][a-z]+ing$/u.test(opener.word)))) {
    const comma = tokens.findIndex((t, k) => k > i && k < end && t.word === ",");
    const subj = PREPOSITIONS.has(opener.word.toLowerCase()) ? subjectAfterShortLead(tokens, i, comma > 0 ? comma : end) : -1;
    if (subj > 0) {
      // "At noon she emailed her brother, …", "In court Dorsett said …": no comma after the time or place.
      lead = tokens.slice(i, subj);
      i = subj;
    } else if (comma > 0) {
      lead = tokens.slice(i, comma);
      i = comma + 1;
    } else if (PREPOSITIONS.has(opener.word.toLowerCase())) {
      // "At 2.02pm he texted …": a short time or place phrase with no comma, then the subject.
      const subj = tokens.findIndex((t, k) => k > i && k <= i + 4 && k < end && PRONOUNS[lower(t)] !== undefined);
      if (subj > 0) {
        lead = tokens.slice(i, subj);
        i = subj;
      }
    }
  }
  // "every Tuesday she says", "last year he told": a time phrase before the subject.
  if (!lead && /^(every|each|last|this|next)$/iu.test(tokens[i]?.word ?? "") && TIME_WORDS.has(lower(tokens[i + 1]))) {
    lead = tokens.slice(i, i + 2);
    i += 2;
  }
  const clause: Clause = { appositives: [], passive: false, ...(lead ? { lead } : {}) };
  // "… but said it fits …": the subject is elided, not "said it fits".
  if (isVerbish(tokens[i]) || ADVERBS.has(lower(tokens[i]))) return clause;
  const j = chunk(tokens, i, end);
  if (j === i) return clause;
  let subject = readPhrase(tokens.slice(i, j), source, isName);
  let k = j;
  // "A young lad called Jamal shared …", "a woman named Ines Varr": the name, with the description as its role.
  if (subject?.type === "role" && /^(called|named)$/u.test(lower(tokens[j])) && /^\p{Lu}/u.test(tokens[j + 1]?.word ?? "")) {
    let e = j + 1;
    while (e < end && /^\p{Lu}/u.test((tokens[e] as Token).word) && !(tokens[e] as Token).punct) e++;
    const named = readPhrase(tokens.slice(j + 1, e), source, () => true);
    if (named?.type === "name") {
      subject = { ...named, role: subject.text.replace(/^(a|an|the)\s+/iu, "") };
      k = e;
    }
  }
  if (subject) {
    clause.subject = subject;
    clause.subjectStart = (tokens[i] as Token).start;
  }
  // Appositives: ", 44, of Quay Lane, Porthkerry," or " – a diver for twenty years – ".
  for (let n = 0; n < 5 && k < end && /^(,|–|—|--)$/u.test((tokens[k] as Token).word); n++) {
    const from = k + 1;
    // An appositive runs to the next comma or dash, verbs included ("sailing for the first time …").
    let to = from;
    while (to < end && !/^(,|–|—|--|:|;)$/u.test((tokens[to] as Token).word) && (tokens[to] as Token).quote === undefined) to++;
    if (to >= end || to - from > 14) break;
    const phrase = readPhrase(tokens.slice(from, to), source, isName);
    if (phrase) clause.appositives.push(phrase);
    k = to;
    // The verb follows the closing comma directly.
    const next = tokens[k + 1];
    if (next && (isVerbish(next) || ADVERBS.has(lower(next)))) {
      k++;
      break;
    }
  }
  if (k < end && /^(,|–|—|--)$/u.test((tokens[k] as Token).word)) k++;
  while (k < end && ADVERBS.has(lower(tokens[k]))) k++;
  if (k < end && isVerbish(tokens[k])) {
    clause.verb = k;
    const aux = lower(tokens[k]);
    let v = k + 1;
    while (v < end && ADVERBS.has(lower(tokens[v]))) v++;
    if (/^(was|were|is|are|been|be|being|had been|has been)$/u.test(aux) && SPEECH_VERBS.has(lower(tokens[v]))) clause.passive = true;
  }
  return clause;
}
