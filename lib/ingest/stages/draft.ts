/**
 * The state that flows through the extractor's stages (see `../extract.ts`).
 * Each stage is a pure function from one draft to the next; a stage adds
 * what it found and copies, never edits, what it was given.
 */
import type { Person } from "../../content/schema";
import type { Attribution, StoryContext } from "../attribute";
import type { NotQuotation } from "../classify";
import type { MarkProblem, Span } from "../marks";
import type { PlainStory } from "../plain-text";
import type { Sentence } from "../sentences";

export type QuoteKind = "direct" | "partial";

export interface Attributed {
  attribution: Attribution;
  kind: QuoteKind;
}

export interface Draft {
  readonly story: PlainStory;
  readonly people: readonly Person[];
  /** Every span between marks (find-marks). */
  readonly spans: readonly Span[];
  readonly markWarnings: readonly MarkProblem[];
  /** Per span: a quotation, not something else in marks (keep-quotations). */
  readonly isQuote: readonly boolean[];
  readonly ignored: readonly { para: number; text: string; reason: NotQuotation }[];
  /** Per paragraph: its sentences, each quotation a placeholder (frame-sentences). */
  readonly sentences: readonly (readonly Sentence[])[];
  /** Per span index: its speaker and kind (the attribution stages). */
  readonly results: ReadonlyMap<number, Attributed>;
  /** Who the story has talked about so far: the resolver's memory, built by attribute-tagged. */
  readonly context?: StoryContext;
}

export interface Stage {
  /** Short and stable: it names the stage in tests and docs. */
  readonly name: string;
  readonly run: (draft: Draft) => Draft;
}

export const emptyDraft = (story: PlainStory, people: readonly Person[] = []): Draft => ({
  story,
  people,
  spans: [],
  markWarnings: [],
  isQuote: [],
  ignored: [],
  sentences: [],
  results: new Map(),
});

/** The text of a line: -1 is the headline. */
export const lineText = (story: PlainStory, para: number): string => (para === -1 ? story.headline : (story.paragraphs[para] ?? ""));

/** A quotation that is not inside another quotation. */
export const isTopLevel = (draft: Pick<Draft, "spans" | "isQuote">, i: number): boolean => {
  const s = draft.spans[i];
  return !!s && !!draft.isQuote[i] && (s.parent === undefined || !draft.isQuote[s.parent]);
};
