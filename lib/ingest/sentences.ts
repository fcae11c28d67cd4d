/**
 * A paragraph as the attribution rules see it: each quotation replaced by one
 * placeholder character, so the reporter's own sentence ("⟦Q⟧, he said.")
 * can be split into sentences and words without the quoted words getting in
 * the way.
 */
import { SPEECH_VERBS } from "./lexicon";
import { posTags } from "./nlp";

/** Placeholders are private-use characters: U+E000 + the quotation's index. */
const PLACEHOLDER_BASE = 0xe000;
export const placeholder = (index: number): string => String.fromCharCode(PLACEHOLDER_BASE + index);
export const placeholderIndex = (c: string): number | undefined => {
  const code = c.charCodeAt(0);
  return code >= PLACEHOLDER_BASE && code < 0xf8ff ? code - PLACEHOLDER_BASE : undefined;
};
export const PLACEHOLDER_RE = /[\uE000-\uF8FE]/u;

export interface FrameQuote {
  index: number;
  /** Offsets in the paragraph of the quotation including its marks. */
  from: number;
  to: number;
}

/** Replaces each quotation (marks included) with its placeholder. */
export function buildFrame(text: string, quotes: readonly FrameQuote[]): string {
  let out = "";
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.from - b.from)) {
    out += text.slice(at, q.from) + placeholder(q.index);
    at = q.to;
  }
  return out + text.slice(at);
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in the frame. */
  start: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Brig|Capt|Lt|Sgt|Maj|Prof|Rev|Fr|Sen|Rep|Gov|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|approx|Inc|Ltd|Co|Corp|Jr|Sr|[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K)\.$/u;

/**
 * Splits a frame into sentences. A full stop inside a quotation is hidden in
 * its placeholder, so "⟦Q⟧ Vantongeren said." stays one sentence; a
 * quotation ending a sentence ("She said: ⟦Q⟧ Then the tide turned.") is split
 * when the quoted words end with . ! or ? and no tag follows.
 */
export function splitSentences(frame: string, quoteText: (index: number) => string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = frame.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) sentences.push({ text, start: start + lead });
    start = end;
  };
  for (let i = 0; i < frame.length; i++) {
    const c = frame[i] as string;
    const rest = frame.slice(i + 1);
    const nextWord = /^\s+(\S)/u.exec(rest)?.[1];
    if (nextWord === undefined) continue;
    const startsNew = /[\p{Lu}\d]/u.test(nextWord) || PLACEHOLDER_RE.test(nextWord) || /["“‘']/u.test(nextWord);
    if (!startsNew) continue;
    if (/[.!?]/u.test(c)) {
      // An ellipsis inside a sentence ("The Long Tide... Live tour") rarely ends it.
      if (c === "." && frame[i - 1] === ".") continue;
      if (c === "." && ABBREVIATIONS.test(frame.slice(Math.max(0, i - 6), i + 1))) continue;
      push(i + 1);
    } else {
      const q = placeholderIndex(c);
      if (q === undefined || !/[.!?]["'”’]?\s*$/u.test(quoteText(q))) continue;
      // "⟦Q⟧ Vantongeren said …": a tag follows, the sentence goes on.
      const following = rest.trim().split(/\s+/u).slice(0, 5).map((w) => w.replace(/[^\p{L}-]/gu, "").toLowerCase());
      if (following.some((w) => SPEECH_VERBS.has(w))) continue;
      push(i + 1);
    }
  }
  push(frame.length);
  return sentences;
}

export interface Token {
  /** The word without trailing possessive or full stop. */
  word: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** "’s" or "'s" (or a bare ’ after s) was cut off the end. */
  possessive: boolean;
  punct: boolean;
  quote?: number;
  /** Universal part of speech from the language library, when it is in use. */
  pos?: string;
}

/** Words, punctuation and placeholders, with offsets into the sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const tags = posTags(text);
  const re = /[\uE000-\uF8FE]|--|[–—,;:()]|[\p{L}\p{N}£$€][\p{L}\p{N}'’\-.&*]*[\p{L}\p{N}'’*]|[\p{L}\p{N}]|[.!?]/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const q = placeholderIndex(raw);
    if (q !== undefined) {
      tokens.push({ word: raw, raw, start, end: start + raw.length, possessive: false, punct: false, quote: q });
      continue;
    }
    // "Dr." / "Mr." / "J.": the full stop belongs to the abbreviation, not the sentence.
    const prev = tokens[tokens.length - 1];
    if (raw === "." && prev && prev.end === start && /^(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Col|Brig|Capt|Lt|Sgt|Maj|Sen|Rep|Gov|Jr|Sr|Fr|\p{Lu})$/u.test(prev.word)) {
      prev.raw += ".";
      prev.end += 1;
      continue;
    }
    if (/^(?:--|[–—,;:()]|[.!?])$/u.test(raw)) {
      tokens.push({ word: raw, raw, start, end: start + raw.length, possessive: false, punct: true });
      continue;
    }
    let word = raw.replace(/\.$/u, "");
    if (/^(?:[A-Z]\.)+[A-Z]$/u.test(word)) word = raw; // U.S. keeps its dots
    let possessive = false;
    const poss = /^(.+?)(?:['’]s|s['’])$/u.exec(word);
    if (poss) {
      possessive = true;
      word = word.endsWith("'") || word.endsWith("’") ? word.slice(0, -1) : (poss[1] as string);
    }
    const pos = tags?.get(start);
    tokens.push({ word, raw, start, end: start + raw.length, possessive, punct: false, ...(pos ? { pos } : {}) });
  }
  return tokens;
}
