/**
 * Reads a story as editors send it: an optional section label on the first
 * line, the headline, then paragraphs separated by blank lines. Returns a
 * clear message instead of throwing, so the CLI can print it and exit 1.
 */
import { LIMITS } from "../content/schema";
import { excerpt } from "../format/text";

export interface PlainStory {
  /** The section label, when the file has one. */
  section?: string;
  headline: string;
  /** Body paragraphs, each on one line, inner whitespace kept as written. */
  paragraphs: string[];
}

export type PlainParse = { ok: true; value: PlainStory } | { ok: false; message: string };

/** A section label is a short tag ("Defense", "World / Africa"), never a sentence or a quotation. */
const MAX_SECTION_LENGTH = LIMITS.section;
/** The schema's headline limit; a longer first line is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = LIMITS.headline;

function looksBinary(raw: string): boolean {
  if (raw.includes("\u0000")) return true;
  // Invalid UTF-8 decodes to U+FFFD; control characters other than tab/newline/CR/FF never occur in copy.
  const odd = raw.match(/[\uFFFD\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return odd > 0 && odd / raw.length > 0.01;
}

function looksLikeSection(line: string): boolean {
  return (
    line.length <= MAX_SECTION_LENGTH &&
    line.split(/\s+/).length <= 5 &&
    !/[.!?:;,"'“”‘’]$/.test(line) &&
    !/^["'“‘]/.test(line)
  );
}

/** Collapses the whitespace a paragraph was typed with: line wraps, tabs, doubled spaces. */
function tidy(line: string): string {
  return line.replace(/[ \t\f\v]+/g, " ").trim();
}

export function parsePlainText(raw: string): PlainParse {
  if (looksBinary(raw)) return { ok: false, message: "this is not a plain-text file (it contains binary data)" };
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, message: "the file is empty" };

  const lines = text.split("\n").map(tidy);
  // An empty first line followed by text is an empty section label (the section is optional).
  const emptySection = lines[0] === "" && (lines[1] ?? "") !== "";

  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const first = blocks.shift() ?? [];
  let section: string | undefined;
  let headline: string;
  const rest: string[] = [];
  if (first.length >= 2 && !emptySection && looksLikeSection(first[0] ?? "")) {
    // "Section\nHeadline" on consecutive lines; anything further in that block is body text.
    section = first[0];
    headline = first[1] ?? "";
    if (first.length > 2) rest.push(first.slice(2).join(" "));
  } else if (first.length === 1 && !emptySection && looksLikeSection(first[0] ?? "") && blocks.length >= 2) {
    // "Section\n\nHeadline\n\nBody": the label stands alone, the headline is the next block.
    section = first[0];
    headline = (blocks.shift() ?? []).join(" ");
  } else {
    headline = first.join(" ");
  }
  const paragraphs = [...rest, ...blocks.map((b) => b.join(" "))];

  if (headline.length > MAX_HEADLINE_LENGTH || /[.!?]["'”’]?\s+\S.*[.!?]["'”’]?$/.test(headline) && headline.length > 120) {
    return { ok: false, message: `no headline: the first line reads like a paragraph ("${excerpt(headline, 60)}"); put the headline on its own line before the story` };
  }
  if (paragraphs.length === 0) {
    return { ok: false, message: `no story after the headline ("${excerpt(headline, 60)}"): paragraphs follow the headline after a blank line` };
  }
  return { ok: true, value: { ...(section ? { section } : {}), headline, paragraphs } };
}
