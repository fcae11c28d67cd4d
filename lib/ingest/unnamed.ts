/**
 * People a sentence mentions without a name: "a lad", "his wife", "a sheep
 * farmer near the village". A later "he" or "she" can mean them ("I had a lad
 * in last month. He said …"), so they are candidates for pronouns, written as
 * the story writes them.
 */
import { PERSON_NOUNS } from "./lexicon";
import { PREPOSITIONS, lower } from "./phrases";
import type { Token } from "./sentences";

const OPENERS = new Set("a an one another his her their my our your".split(" "));
/** Person nouns the main list lacks because they are too informal to be roles. */
const INFORMAL = new Set("lad lads bloke chap lady gent fella kid".split(" "));

export const isPersonNoun = (w: string): boolean => PERSON_NOUNS.has(w) || INFORMAL.has(w) || /^(mum|dad|mother|father|grandmother|grandfather)-of-/u.test(w);

/**
 * Unnamed people in a sentence, with their offsets: an article or possessive,
 * up to two lowercase words, a person noun, and a short place after it when
 * the phrase ends there ("a sheep farmer near Llanfyrnach,"). A noun right
 * before a name ("her daughter, Niamh Carey"; "captain Marcus Ebo") is a role,
 * not an unnamed person.
 */
export function unnamedPeople(tokens: readonly Token[], source: string): { text: string; at: number; head: string }[] {
  const found: { text: string; at: number; head: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!OPENERS.has(lower(t)) || t.quote !== undefined) continue;
    for (let h = i + 1; h <= i + 3 && h < tokens.length; h++) {
      const w = tokens[h] as Token;
      if (w.punct || w.quote !== undefined || !/^\p{Ll}/u.test(w.word)) break;
      if (!isPersonNoun(lower(w)) || w.possessive) continue;
      const next = tokens[h + 1];
      const afterComma = next?.word === "," ? tokens[h + 2] : undefined;
      if ((next && /^\p{Lu}/u.test(next.word) && !next.punct) || (afterComma && /^\p{Lu}/u.test(afterComma.word) && !/^(I|He|She|They)$/u.test(afterComma.word))) break;
      let end = h;
      // "near Llanfyrnach," / "at number 14.": a short place that ends the phrase.
      if (next && PREPOSITIONS.has(lower(next))) {
        let k = h + 2;
        while (k < tokens.length && k <= h + 4 && !(tokens[k] as Token).punct && (tokens[k] as Token).quote === undefined) k++;
        if (k > h + 2 && (tokens[k] === undefined || (tokens[k] as Token).punct)) end = k - 1;
      }
      const last = tokens[end] as Token;
      found.push({ text: source.slice(t.start, last.end), at: t.start, head: lower(w) });
      break;
    }
  }
  return found;
}
