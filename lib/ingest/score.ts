/**
 * Scores found quotations against hand-annotated ones, with the rules of the
 * quotation dev set (its README and reference `score.mjs`): spans match when
 * equal after trailing punctuation is dropped, headline and nested gold items
 * are left out, speakers count when equal to the gold name or an alternative
 * or when they share its last word.
 */

export interface Prediction {
  text: string;
  speaker: string;
  kind: "direct" | "partial";
  /** The extractor's confidence in the speaker, 0–1 (calibration is scored when present). */
  confidence?: number;
  /** Flagged for an editor to check. */
  review?: boolean;
}

/** Attributions at or above this confidence are meant to be right at least 95 % of the time. */
export const CONFIDENT = 0.9;

export interface GoldItem {
  text: string;
  speaker: string;
  kind: "direct" | "partial";
  speaker_alt?: string[];
  headline?: boolean;
  nested?: boolean;
}

export interface Negative {
  text: string;
}

export type MissType = "MISS" | "SPK" | "KIND" | "FP" | "NEG";

export interface Miss {
  type: MissType;
  text: string;
  gold?: string;
  predicted?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  speaker: number;
  kind: number;
  /** Matched spans whose attribution has confidence ≥ CONFIDENT, and how many of those name the right speaker. */
  confident: number;
  confidentRight: number;
  /** Predictions flagged for review (matched or not), and matched ones with a wrong speaker that were not flagged. */
  flagged: number;
  wrongUnflagged: number;
}

export interface ArticleScore extends Counts {
  misses: Miss[];
}

/** Trailing whitespace and sentence punctuation do not decide a match ("…," vs "…."). */
export const normaliseSpan = (s: string): string => s.replace(/[\s,.;:!?]+$/u, "").trim();

const lastWord = (s: string): string => s.trim().split(/\s+/u).pop() ?? "";

export function speakerMatches(predicted: string, gold: GoldItem, exact = false): boolean {
  const p = predicted.trim();
  if (p === "") return false;
  return [gold.speaker, ...(gold.speaker_alt ?? [])].some((n) => n === p || (!exact && lastWord(n) === lastWord(p)));
}

export function scoreArticle(
  goldItems: readonly GoldItem[],
  predictions: readonly Prediction[],
  negatives: readonly Negative[] = [],
  options: { exactSpeaker?: boolean } = {},
): ArticleScore {
  const gold = goldItems.filter((g) => !g.headline && !g.nested);
  const excluded = new Set(goldItems.filter((g) => g.headline || g.nested).map((g) => normaliseSpan(g.text)));
  const negs = new Set(negatives.map((n) => normaliseSpan(n.text)));
  const used = new Set<number>();
  const score: ArticleScore = { ...zero(), misses: [] };

  for (const g of gold) {
    // Greedy, in gold order: the first unused prediction with the same normalised text.
    const i = predictions.findIndex((p, j) => !used.has(j) && normaliseSpan(p.text) === normaliseSpan(g.text));
    if (i < 0) {
      score.fn++;
      score.misses.push({ type: "MISS", text: g.text, gold: g.speaker });
      continue;
    }
    used.add(i);
    score.tp++;
    const p = predictions[i] as Prediction;
    const right = speakerMatches(typeof p.speaker === "string" ? p.speaker : "", g, options.exactSpeaker);
    if (right) score.speaker++;
    else score.misses.push({ type: "SPK", text: g.text, gold: g.speaker, predicted: p.speaker });
    if ((p.confidence ?? 0) >= CONFIDENT) {
      score.confident++;
      if (right) score.confidentRight++;
    }
    if (!right && !p.review) score.wrongUnflagged++;
    if (p.kind === g.kind) score.kind++;
    else score.misses.push({ type: "KIND", text: g.text, gold: g.kind, predicted: p.kind });
  }
  predictions.forEach((p, j) => {
    if (p.review && (used.has(j) || !excluded.has(normaliseSpan(p.text)))) score.flagged++;
    if (used.has(j) || excluded.has(normaliseSpan(p.text))) return;
    score.fp++;
    score.misses.push({ type: negs.has(normaliseSpan(p.text)) ? "NEG" : "FP", text: p.text, predicted: p.speaker });
  });
  return score;
}

export interface Summary extends Counts {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  kindAccuracy: number;
  /** Of matched attributions with confidence ≥ CONFIDENT, the share with the right speaker. */
  confidentAccuracy: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, speaker: 0, kind: 0, confident: 0, confidentRight: 0, flagged: 0, wrongUnflagged: 0 });

export function summarise(scores: readonly Counts[]): Summary {
  const t = zero();
  for (const s of scores) for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += s[k];
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    ...t,
    precision,
    recall,
    f1,
    speakerAccuracy: t.tp ? t.speaker / t.tp : 0,
    kindAccuracy: t.tp ? t.kind / t.tp : 0,
    confidentAccuracy: t.confident ? t.confidentRight / t.confident : 0,
  };
}
