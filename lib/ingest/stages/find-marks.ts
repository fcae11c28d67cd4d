/** Stage 1: every span between quotation marks, messy marks read best effort. */
import { findSpans } from "../marks";
import type { Stage } from "./draft";

export const findMarks: Stage = {
  name: "find-marks",
  run: (draft) => {
    const { spans, warnings } = findSpans(draft.story.paragraphs, { headline: draft.story.headline });
    return { ...draft, spans, markWarnings: warnings };
  },
};
