/**
 * Finds the spans between quotation marks in a story's paragraphs: double and
 * single marks, straight and curly, nested, and quotations that run over
 * several paragraphs (no closing mark at the end of one paragraph, an opening
 * mark at the start of the next). Apostrophes are told apart from single marks
 * by the characters around them. What a span *means* (quotation, title, label)
 * is decided later, in `classify.ts`.
 *
 * Real copy is messy: doubled marks, a curly mark closed by a straight one, a
 * closing mark with no opening one, a quotation never closed. Every story is
 * read, best effort; each oddity is a warning for the editor, never a refusal.
 */
import { SPEECH_VERBS } from "./lexicon";

export type MarkStyle = "double" | "single";

export interface Span {
  /** Paragraph index; -1 is the headline. */
  para: number;
  /** Offsets into the paragraph: `text.slice(start, end)` is what lies between the marks. */
  start: number;
  end: number;
  text: string;
  style: MarkStyle;
  /** Index (in the returned list) of the span this one sits inside, if any. */
  parent?: number;
  /** False when the paragraph ends before the closing mark (a multi-paragraph segment, or a cut-off excerpt). */
  closed: boolean;
  /** Index of the previous segment of the same quotation, for the second and later paragraphs of it. */
  continues?: number;
}

export interface MarkProblem {
  para: number;
  offset: number;
  message: string;
}

export interface MarkResult {
  spans: Span[];
  /** Oddities worth a second look: marks that could not be paired as written, and what was made of them. */
  warnings: MarkProblem[];
}

type Role = "open" | "close" | "either";

interface Mark {
  at: number;
  style: MarkStyle;
  role: Role;
  char: string;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
/** Characters after which a mark opens: start, space, brackets, dashes, another opening mark. */
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/“‘"']/u;
/** Characters before which a mark closes: end, space, punctuation, brackets, another closing mark. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-/…”’"']/u;

/** Classifies every mark character in a line as opening, closing, or neither (an apostrophe). */
export function scanMarks(line: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    const prev = line[i - 1];
    const next = line[i + 1];
    const opensHere = prev === undefined || OPEN_BEFORE.test(prev);
    const closesHere = next === undefined || CLOSE_AFTER.test(next);
    switch (c) {
      case "«":
      case "“":
        marks.push({ at: i, style: "double", role: "open", char: c });
        break;
      case "»":
      case "”":
        marks.push({ at: i, style: "double", role: "close", char: c });
        break;
      case '"':
        if (opensHere && !isSpace(next)) marks.push({ at: i, style: "double", role: "open", char: c });
        else if (closesHere || !isSpace(prev)) marks.push({ at: i, style: "double", role: "close", char: c });
        else marks.push({ at: i, style: "double", role: "either", char: c });
        break;
      case "‘":
        if (!isWordChar(prev)) marks.push({ at: i, style: "single", role: "open", char: c });
        break;
      case "’":
      case "'": {
        // don't, driver's, Let’s: a mark between two letters is an apostrophe.
        if (isWordChar(prev) && isWordChar(next)) break;
        // '90s, 'em, 'til: an elision before a year or a clipped word, not a quotation.
        if (opensHere && /^(?:\d\ds\b|(?:em|til|cause|cos|n|tis|twas|bout)\b)/iu.test(line.slice(i + 1))) break;
        if (opensHere && !isSpace(next)) {
          if (c === "'") marks.push({ at: i, style: "single", role: "open", char: c });
        } else if (!isSpace(prev) && closesHere) {
          marks.push({ at: i, style: "single", role: "close", char: c });
        }
        break;
      }
    }
  }
  return marks;
}

/**
 * A closing single mark after an "s" and before a lowercase word is more
 * likely a plural possessive (the drivers' union) when the next single
 * mark in the paragraph closes as well, or when there is none and the
 * quotation runs on into the next paragraph.
 */
function looksPossessive(line: string, mark: Mark, later: readonly Mark[], reopensNext: boolean): boolean {
  if (mark.style !== "single") return false;
  if (!/s$/i.test(line.slice(0, mark.at))) return false;
  if (!/^\s+[a-z]/.test(line.slice(mark.at + 1))) return false;
  // Only when the next single mark closes too; if a new quotation opens first, this mark closes.
  const next = later.find((m) => m.style === "single");
  if (next) return next.role === "close";
  // No mark left: a possessive if the quotation runs on into the next paragraph ("The teachers' own cars …").
  return reopensNext;
}

interface Open {
  style: MarkStyle;
  start: number;
  /** Index in the output once pushed; nested parents are pushed when closed, so we track the open entry. */
  entry: number;
}

/**
 * Pairs marks across the paragraphs of one story. `lines[0]` may be the
 * headline (pass `headline: true` to number it -1).
 */
export function findSpans(paragraphs: readonly string[], options: { headline?: string } = {}): MarkResult {
  const spans: Span[] = [];
  const warnings: MarkProblem[] = [];
  const lines: { para: number; text: string }[] = [
    ...(options.headline !== undefined ? [{ para: -1, text: options.headline }] : []),
    ...paragraphs.map((text, para) => ({ para, text })),
  ];

  /** The outermost quotation left open at the end of the previous paragraph, waiting to be reopened. */
  let pending: { style: MarkStyle; span: Span; para: number; at: number } | undefined;

  for (const [li, { para, text }] of lines.entries()) {
    const marks = undoubled(scanMarks(text), (at) => warnings.push({ para, offset: at, message: "a doubled quotation mark, read as one" }));
    const stack: Open[] = [];
    // Spans are appended when they open so that document order is by opening mark.
    const open = (style: MarkStyle, start: number): void => {
      const parentEntry = stack.length ? stack[stack.length - 1]?.entry : undefined;
      spans.push({ para, start, end: start, text: "", style, closed: false, ...(parentEntry !== undefined ? { parent: parentEntry } : {}) });
      stack.push({ style, start, entry: spans.length - 1 });
    };

    let first = 0;
    if (pending) {
      const m = marks[0];
      if (para >= 0 && m && m.at === 0 && m.style === pending.style && m.role !== "close") {
        open(m.style, 1);
        (spans[spans.length - 1] as Span).continues = spans.indexOf(pending.span);
        first = 1;
      } else if (pending.style === "double") {
        // Kept to the end of its paragraph, as a quotation over paragraphs would be.
        warnings.push({ para: pending.para, offset: pending.at, message: "a quotation opens here and is never closed; read to the end of its paragraph" });
      } else {
        // A lone single mark that never closes was an apostrophe after all ('n', 'em): forget it.
        pending.span.end = -1;
        compact(spans);
      }
      pending = undefined;
    }

    for (let k = first; k < marks.length; k++) {
      const m = marks[k] as Mark;
      const later = marks.slice(k + 1);
      const top = stack[stack.length - 1];
      const innermostOfStyle = [...stack].reverse().find((o) => o.style === m.style);
      const wantsClose = m.role === "close" || (m.role === "either" && innermostOfStyle !== undefined);
      if (wantsClose) {
        if (!innermostOfStyle) {
          // A single closing mark with nothing open is an apostrophe (Penhal’, sailors').
          if (m.style !== "double") continue;
          // ‹We will win,” he said.›: the opening mark is missing; the quotation starts the paragraph.
          const opened = spans.some((s) => s.para === para && s.style === "double");
          if (!opened && stack.length === 0 && tagFollows(text.slice(m.at + 1))) {
            spans.push({ para, start: 0, end: m.at, text: text.slice(0, m.at), style: "double", closed: true });
            warnings.push({ para, offset: m.at, message: "a closing quotation mark with no opening mark; read from the start of the paragraph" });
          } else warnings.push({ para, offset: m.at, message: "a closing quotation mark with no opening mark; ignored" });
          continue;
        }
        const following = lines[li + 1];
        // Only a quotation that opened a sentence or followed a colon runs on into the next paragraph.
        const openedAt = (spans[innermostOfStyle.entry] as Span).start - 1;
        const opensSentence = openedAt <= 0 || /(?:^|[:.!?]|[:,]\s)\s*$/u.test(text.slice(0, openedAt));
        const reopensNext = opensSentence && following !== undefined && following.para >= 0 && /^['‘]/u.test(following.text);
        if (looksPossessive(text, m, later, reopensNext)) continue;
        // Close the innermost open quotation of this style; anything opened inside it and left open was not a quotation.
        while (stack.length) {
          const o = stack.pop() as Open;
          const span = spans[o.entry] as Span;
          if (o === innermostOfStyle) {
            span.end = m.at;
            span.text = text.slice(span.start, m.at);
            span.closed = true;
            break;
          }
          span.end = -1; // marked for removal
        }
        continue;
      }
      // An opening mark. The same style nested directly inside itself is allowed only for
      // single marks that clearly open ('…never wrote 'no red coats'.).
      if (top && top.style === m.style && m.style === "double" && m.char === '"') {
        // A straight double mark inside a straight double quotation can only close it.
        const span = spans[top.entry] as Span;
        stack.pop();
        span.end = m.at;
        span.text = text.slice(span.start, m.at);
        span.closed = true;
        continue;
      }
      open(m.style, m.at + 1);
    }

    // What is still open at the end of the paragraph runs to its end.
    const outer = stack[0];
    for (const o of stack.slice(1)) (spans[o.entry] as Span).end = -1;
    if (outer) {
      const span = spans[outer.entry] as Span;
      span.end = text.length;
      span.text = text.slice(span.start);
      span.closed = false;
      const nextLine = lines[li + 1];
      if (para === -1) {
        if (outer.style === "double") warnings.push({ para, offset: outer.start - 1, message: "the headline opens a quotation and never closes it; ignored" });
        span.end = -1;
      } else if (!nextLine) {
        warnings.push({ para, offset: outer.start - 1, message: "a quotation is still open at the end of the story (an excerpt cut short?)" });
      } else {
        pending = { style: outer.style, span, para, at: outer.start - 1 };
      }
    }
    // Drop the marked entries (indices shift, so fix parents and continuations).
    compact(spans);
  }
  return { spans, warnings };
}

/** ‹““›, ‹""›, ‹””›: two marks of one style and role side by side are one mark typed twice. */
function undoubled(marks: readonly Mark[], warn: (at: number) => void): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const prev = out[out.length - 1];
    if (prev && prev.at === m.at - 1 && prev.style === m.style && prev.style === "double" && prev.role === m.role && m.role !== "either") {
      warn(m.at);
      // The quotation lies inside both: open after the second mark, close before the first.
      if (m.role === "open") out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** ‹, he said›, ‹ said Brenn›, ‹ the minister added›: a speech tag within the next few words. */
function tagFollows(after: string): boolean {
  const words = (after.match(/[\p{L}'’-]+/gu) ?? []).slice(0, 5).map((w) => w.toLowerCase());
  return /^\s*[,–—-]?\s*[\p{L}]/u.test(after) && words.some((w) => SPEECH_VERBS.has(w));
}

function compact(spans: Span[]): void {
  const keep: number[] = [];
  const newIndex = new Map<number, number>();
  spans.forEach((s, i) => {
    if (s.end !== -1) {
      newIndex.set(i, keep.length);
      keep.push(i);
    }
  });
  if (keep.length === spans.length) return;
  const kept = keep.map((i) => spans[i] as Span);
  for (const s of kept) {
    if (s.parent !== undefined) {
      const p = newIndex.get(s.parent);
      if (p === undefined) delete s.parent;
      else s.parent = p;
    }
    if (s.continues !== undefined) {
      const c = newIndex.get(s.continues);
      if (c === undefined) delete s.continues;
      else s.continues = c;
    }
  }
  spans.splice(0, spans.length, ...kept);
}
