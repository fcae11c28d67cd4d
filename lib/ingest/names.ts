/**
 * Proper names in a story: runs of capitalised words, split into the role
 * written before a name ("NATO Secretary-General"), the title ("Sir", "Brig
 * Gen") and the name itself, and resolved to the fullest form the story
 * gives ("Vantongeren" → "Idris Vantongeren", "Sir Alder" → "Alder Quarry").
 */
import { FEMALE_TITLES, MALE_TITLES, ORG_WORDS, PERSON_NOUNS, TITLES } from "./lexicon";
import { libraryOrganisation } from "./nlp";
import type { Token } from "./sentences";

/** Small words allowed inside a name: "Guy-Roger de Vries". Not "and" ("Morwen and Jory" are two people). */
const PARTICLES = new Set(["de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "el"]);
/** Capitalised only because a sentence starts with them. */
const SENTENCE_STARTERS = new Set(
  "The A An Her His Their Its Our My Your This That These Those It He She They We I You But And Or So Yet Then As When While After Before Since If Because Although Though In On At For From To By With Without Of Into During Following Meanwhile However Earlier Later Yesterday Today Some Many Most All Every Each Both Neither Either One Two Three Four Five Six Seven Eight Nine Ten Upwards Things Staff Experts Researchers Engineers Analysts Officials Police Sales Wall Kind Allied Discussing Addressing Underlining Given Late Not There Here What Who Why How Where Such Once Another Other Any No Yes".split(" "),
);

/** Capitalised, and not the pronoun "I" ("I", "I've"), which English always capitalises. */
const isCapitalised = (w: string): boolean => /^[\p{Lu}]/u.test(w) && !/^I(['’]\p{L}+)?$/u.test(w);
const isAcronym = (w: string): boolean => /^[\p{Lu}\d&]{2,6}$/u.test(w);

export interface NameRun {
  /** Token indices [from, to). */
  from: number;
  to: number;
  words: string[];
  /** The last word carried a possessive: "Vantongeren’s remarks". */
  possessive: boolean;
  /** The run begins the sentence, so its first word may be capitalised only for that. */
  sentenceInitial: boolean;
}

/** Runs of capitalised words (particles allowed inside), stopping at punctuation and possessives. */
export function nameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.punct || t.quote !== undefined || !isCapitalised(t.word)) {
      i++;
      continue;
    }
    const from = i;
    const words: string[] = [];
    let possessive = false;
    while (i < tokens.length) {
      const u = tokens[i] as Token;
      if (u.punct || u.quote !== undefined) break;
      if (isCapitalised(u.word)) {
        words.push(u.word);
        i++;
        if (u.possessive) {
          possessive = true;
          break;
        }
        continue;
      }
      // A particle joins two capitalised words only.
      const after = tokens[i + 1];
      // "Ministry of Fisheries", "Institute for Tides": "of"/"for" inside an organisation's name.
      const orgLink = (u.word === "of" || u.word === "for") && words.some((w) => ORG_WORDS.has(w));
      if ((PARTICLES.has(u.word) || orgLink) && words.length && after && !after.punct && isCapitalised(after.word) && !SENTENCE_STARTERS.has(after.word)) {
        words.push(u.word);
        i++;
        continue;
      }
      break;
    }
    // A sentence's first word is capitalised anyway: drop it when it is a common word.
    let start = from;
    // With a tagger: a sentence's first word that is not a proper noun ("Experts", "Upwards") is not a name.
    const firstPos = (tokens[from] as Token).pos;
    if (from === 0 && (SENTENCE_STARTERS.has(words[0] ?? "") || (firstPos !== undefined && firstPos !== "PROPN" && words.length > 1))) {
      words.shift();
      start++;
    }
    while (words.length && SENTENCE_STARTERS.has(words[0] as string) && words.length > 1 && (words[0] === "The" || words[0] === "A")) {
      words.shift();
      start++;
    }
    // "Paramedic Jade Otieno", "Headteacher Rachel Imrie": a role noun written before a name is not part of it.
    while (words.length > 2 && PERSON_NOUNS.has((words[0] as string).toLowerCase()) && !TITLES.has(words[0] as string)) {
      words.shift();
      start++;
    }
    // Trailing particles are not part of the name.
    while (words.length && (PARTICLES.has(words[words.length - 1] as string) || /^(of|for)$/u.test(words[words.length - 1] as string))) words.pop();
    if (words.length) runs.push({ from: start, to: start + words.length, words, possessive, sentenceInitial: start === 0 });
  }
  return runs;
}

export interface NameParts {
  /** Words before the name that say what the person is ("NATO Secretary-General", "Harbour party leader"). */
  role?: string;
  /** Honorifics ("Sir", "Brig Gen", "Miss"). */
  titles: string[];
  /** The name without role or titles ("Idris Vantongeren", "Alder", "Penhal"). */
  name: string;
  gender?: "male" | "female";
}

/**
 * Splits "Harbour Authority chairman Idris Vantongeren" into role and name. The name
 * is what follows the last title or role word; words before a title that are
 * not titles themselves (NATO, Harbour) belong to the role.
 */
export function splitName(words: readonly string[]): NameParts {
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w) && i < words.length - 1) lastTitle = i;
  });
  if (lastTitle < 0) return { titles: [], name: words.join(" ") };
  // Titles directly before the name are honorifics; anything before them is the role.
  let firstTitle = lastTitle;
  while (firstTitle > 0 && TITLES.has(words[firstTitle - 1] as string)) firstTitle--;
  const titles = words.slice(firstTitle, lastTitle + 1);
  const before = words.slice(0, firstTitle);
  const honorific = titles.filter((t) => MALE_TITLES.has(t) || FEMALE_TITLES.has(t) || /^(Dr|Prof|Professor|Rev|Reverend|Canon|Brig|Gen|Col|Colonel|Capt|Captain|Lt|Sgt|Maj|Major)\.?$/u.test(t));
  const roleWords = [...before, ...titles.filter((t) => !honorific.includes(t))];
  const gender = titles.some((t) => MALE_TITLES.has(t)) ? "male" : titles.some((t) => FEMALE_TITLES.has(t)) ? "female" : undefined;
  return {
    ...(roleWords.length ? { role: roleWords.join(" ") } : {}),
    titles,
    name: words.slice(lastTitle + 1).join(" "),
    ...(gender ? { gender } : {}),
  };
}

export function looksLikeOrganisation(words: readonly string[]): boolean {
  if (words.length === 1 && isAcronym(words[0] as string)) return true;
  return words.some((w) => ORG_WORDS.has(w)) || libraryOrganisation(words);
}

/**
 * The fullest form of a name in the story: the longest capitalised run
 * (titles and roles removed) that contains all of the short form's words in
 * order. "Morwen" stays "Morwen" when the story never gives her surname.
 */
export function fullestName(short: string, candidates: readonly string[]): string {
  const want = short.split(/\s+/u);
  let best = short;
  for (const c of candidates) {
    const words = c.split(/\s+/u);
    if (words.length <= best.split(/\s+/u).length || words.length > 4) continue;
    if (looksLikeOrganisation(words)) continue;
    const at = words.findIndex((_, i) => want.every((w, j) => words[i + j] === w));
    if (at >= 0) best = c;
  }
  return best;
}
