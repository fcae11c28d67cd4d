/**
 * Messages and replies: who wrote a text, post or card the reporter quotes
 * when the sentence names the sender rather than the subject ("The first,
 * sent by the builder, said: …", "The reply, the last message she sent,
 * read: …"). Pure functions of the reporter's sentence.
 */
import { DOCUMENT_NOUNS } from "./lexicon";
import type { NameRun } from "./names";
import { type Phrase, PREPOSITIONS, isVerbish, lower, readPhrase } from "./phrases";
import type { Token } from "./sentences";

/** Verbs of sending a written message. */
const SENDING = new Set("sent written posted signed texted emailed messaged forwarded".split(" "));
/** Nouns for a message answering the one before: its author is the other party of the exchange. */
export const REPLY_NOUNS = new Set("reply replies answer answers response responses".split(" "));
/** Subjects that stand for the next item of a list of messages: "The first", "The next", "Another". */
export const SERIES_HEADS = new Set("first second third fourth fifth next last latest final another".split(" "));

/** A name, or a definite role or organisation noun, read as one phrase from `from` up to punctuation, a preposition or a verb. */
function phraseFrom(tokens: readonly Token[], from: number, source: string, isName: (run: NameRun, tokens: readonly Token[]) => boolean): Phrase | undefined {
  let to = from;
  while (to < tokens.length && to - from < 5 && !(tokens[to] as Token).punct && (tokens[to] as Token).quote === undefined && !PREPOSITIONS.has(lower(tokens[to])) && !isVerbish(tokens[to])) to++;
  const p = readPhrase(tokens.slice(from, to), source, isName);
  // "from the chair", "sent by the council": a role or organisation noun the story resolves.
  return p?.type === "name" || p?.type === "org-noun" || (p?.type === "role" && /^(the|his|her|their)\s/iu.test(p.text)) ? p : undefined;
}

/**
 * The sender a sentence names for a message: "sent by Hurst" or "posted by
 * Ms Lisle"; "a text from Euan"; "the last message Hurst sent" (a name right
 * before a sending verb, after a message noun). Names, and after "by" or
 * "from" also "the chair" or "the council".
 */
export function senderPhrase(tokens: readonly Token[], source: string, isName: (run: NameRun, tokens: readonly Token[]) => boolean): Phrase | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(tokens[i]);
    if (SENDING.has(w) && lower(tokens[i + 1]) === "by") {
      const p = phraseFrom(tokens, i + 2, source, isName);
      if (p) return p;
    }
    const isMessage = (x: Token | undefined) => DOCUMENT_NOUNS.has(lower(x)) || REPLY_NOUNS.has(lower(x)) || SERIES_HEADS.has(lower(x));
    // "a text from X", "The next message was from X", "One, from X,".
    if (w === "from" && (isMessage(tokens[i - 1]) || (/^(was|is|came)$/u.test(lower(tokens[i - 1])) && isMessage(tokens[i - 2])))) {
      const p = phraseFrom(tokens, i + 1, source, isName);
      if (p) return p;
    }
    // "the last message Hurst sent", "the text she had sent": a relative clause without "that".
    if (DOCUMENT_NOUNS.has(w) || w === "text" || REPLY_NOUNS.has(w)) {
      let v = i + 1;
      while (v < tokens.length && v - i <= 4 && !(tokens[v] as Token).punct && !SENDING.has(lower(tokens[v]))) v++;
      if (!SENDING.has(lower(tokens[v])) || v === i + 1) continue;
      let from = i + 1;
      if (lower(tokens[from]) === "that") from++;
      let to = v;
      while (to > from && /^(had|has|have|would|then|later|ever)$/u.test(lower(tokens[to - 1]))) to--;
      const p = readPhrase(tokens.slice(from, to), source, isName);
      if (p?.type === "name" || p?.type === "pronoun") return p;
    }
  }
  return undefined;
}
