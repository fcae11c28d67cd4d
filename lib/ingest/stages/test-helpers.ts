/** Runs the stages up to (and including) the one named, on a story of invented paragraphs. */
import { STAGES, runStages } from "../extract";
import type { Draft } from "./draft";

export function draftUpTo(name: string, paragraphs: string[], headline = "Test story"): Draft {
  const at = STAGES.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage ${name}`);
  return runStages({ headline, paragraphs }, [], STAGES.slice(0, at + 1));
}

/** The speaker name and method of each attributed span, in span order. */
export const attributed = (d: Draft): [string, string | undefined, string][] =>
  [...d.results.entries()].sort((a, b) => a[0] - b[0]).map(([i, r]) => [d.spans[i]?.text ?? "", r.attribution.speaker?.name, r.attribution.method]);
