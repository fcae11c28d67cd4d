/**
 * Checks the annotation of the ingest corpus (see ingest-corpus/README.md):
 * story layout, gold and negative offsets, marks, order, overlaps and the
 * tune/test split rule. `npx tsx ingest-corpus/check.ts` prints the counts per
 * half and every problem, and exits 1 when there is any; `--self-score` also
 * scores each half's gold against itself with ../shared/quote-devset/score.mjs
 * (which must give 100 everywhere).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";

export const CORPUS_DIR = path.resolve(__dirname);
export const HALVES = ["tune", "test"] as const;
export type Half = (typeof HALVES)[number];

/** Kind k (1-based) owns stories c(2k-1) and c(2k); odd numbers are tuning stories, even ones test stories. */
export const KINDS = [
  "wire copy with datelines",
  "tabloid",
  "court report",
  "police report",
  "sport match report",
  "science",
  "parliament and debate",
  "business, analysts after a company statement",
  "dialogue-heavy feature",
  "organisation's statement after a named person",
  "social-media posts and usernames",
  "text messages",
  "Q&A interview",
  "obituary and tributes",
  "local council meeting",
  "health and emergency services",
  "weather and disaster",
  "culture review",
  "election campaign with party abbreviations",
  "education",
  "quotation over several paragraphs",
  "messy copy (unbalanced and mixed marks)",
] as const;

/** The split rule, fixed before any story was written: odd number → tune, even → test. */
export const halfOf = (id: string): Half => (Number(id.slice(1)) % 2 === 1 ? "tune" : "test");

/**
 * Tuning stories written after the test half had been scored once, to learn
 * from more than one story per kind (the classes the tuning half still got
 * wrong). Odd numbers after c44, so the split rule keeps them in tune/; the
 * test half stays c02–c44. Each maps to the number of its kind in KINDS.
 */
export const EXTRA_TUNE_KINDS: Readonly<Record<string, number>> = {
  c45: 12, c47: 11, c49: 13, c51: 13, c53: 9, c55: 9, c57: 4, c59: 3, c61: 5, c63: 8, c65: 7, c67: 14,
};
export const FIRST_ROUND = 2 * KINDS.length;
const kindNumber = (id: string): number | undefined =>
  Number(id.slice(1)) <= FIRST_ROUND ? Math.ceil(Number(id.slice(1)) / 2) : EXTRA_TUNE_KINDS[id];
export const kindOf = (id: string): string => KINDS[(kindNumber(id) ?? 0) - 1] ?? "unknown";

const OPENING = new Set(['"', "“", "'", "‘"]);
const CLOSING = new Set(['"', "”", "'", "’"]);
const family = (mark: string) => (mark === '"' || mark === "“" || mark === "”" ? "double" : "single");
/** Messy copy only: a quotation whose closing mark is missing ends at the end of its paragraph and says so in its note. */
const MISSING_CLOSE = /^closing mark missing/;
export const MIN_WORDS = 250;
export const MAX_WORDS = 600;

const GoldItem = z.strictObject({
  text: z.string().min(1),
  speaker: z.string().min(1),
  kind: z.enum(["direct", "partial"]),
  speaker_alt: z.array(z.string().min(1)).min(1).optional(),
  multi_paragraph: z.literal(true).optional(),
  nested: z.literal(true).optional(),
  headline: z.literal(true).optional(),
  note: z.string().min(1).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type GoldItem = z.infer<typeof GoldItem>;
const Negative = z.strictObject({
  text: z.string().min(1),
  why: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Negative = z.infer<typeof Negative>;
const Negatives = z.record(z.string(), z.array(Negative));

export type Story = { id: string; half: Half; txt: string; gold: GoldItem[]; negatives: Negative[] };

/** Same normalisation as score.mjs: trailing whitespace and punctuation do not count. */
export const norm = (s: string) => s.replace(/[\s,.;:!?]+$/, "").trim();
export const wordCount = (txt: string) => txt.split(/\s+/).filter(Boolean).length;

/** Problems with the layout of a story file: section, headline, blank line, paragraphs, final newline. */
export function checkLayout(txt: string): string[] {
  const problems: string[] = [];
  if (!txt.endsWith("\n") || txt.endsWith("\n\n")) problems.push("file must end with exactly one \\n");
  const lines = txt.slice(0, -1).split("\n");
  if (lines.length < 4) return [...problems, "needs a section line, a headline, a blank line and a body"];
  if (!lines[1]?.trim()) problems.push("line 2 (headline) is empty");
  if (lines[2] !== "") problems.push("line 3 must be empty");
  const paragraphs = lines.slice(3).join("\n").split("\n\n");
  paragraphs.forEach((p, i) => {
    if (!p) problems.push(`paragraph ${i + 1} is empty (more than one blank line?)`);
    else if (p !== p.trim()) problems.push(`paragraph ${i + 1} has leading or trailing whitespace`);
    if (p.includes("\n")) problems.push(`paragraph ${i + 1} has a line break inside it`);
  });
  for (const ch of txt) if (ch.codePointAt(0)! > 0xffff) problems.push(`character outside the BMP: ${ch}`);
  if (/[⟦⟧⟪⟫]/.test(txt)) problems.push("authoring markup left in the text");
  const words = wordCount(txt);
  if (words < MIN_WORDS || words > MAX_WORDS) problems.push(`${words} words (want ${MIN_WORDS}–${MAX_WORDS})`);
  return problems;
}

type Span = { text: string; start: number; end: number };

/** Problems with one span's offsets and marks. */
function checkSpan(txt: string, s: Span, label: string, allowNewlineEnd: boolean): string[] {
  const problems: string[] = [];
  if (s.end <= s.start || s.end > txt.length) return [`${label}: bad offsets ${s.start}–${s.end}`];
  if (txt.slice(s.start, s.end) !== s.text) problems.push(`${label}: txt.slice(start, end) is ${JSON.stringify(txt.slice(s.start, s.end))}`);
  if (s.text.includes("\n")) problems.push(`${label}: span crosses a line break`);
  const open = txt[s.start - 1] ?? "";
  const close = txt[s.end] ?? "";
  if (!OPENING.has(open)) problems.push(`${label}: character before start is ${JSON.stringify(open)}, not an opening mark`);
  if (close === "\n") {
    if (!allowNewlineEnd) problems.push(`${label}: ends at a line break but is neither multi_paragraph nor marked "closing mark missing"`);
  } else if (!CLOSING.has(close)) problems.push(`${label}: character at end is ${JSON.stringify(close)}, not a closing mark`);
  else if (OPENING.has(open) && family(open) !== family(close)) problems.push(`${label}: opened with ${open} but closed with ${close}`);
  return problems;
}

/**
 * Quote marks that no gold item or negative accounts for: probably an
 * unannotated quotation. Every double mark and every ‘ must open or close a
 * span or lie inside one; a ' or ’ counts as a mark only where it cannot be an
 * apostrophe (after whitespace or an opening mark and before a non-space, or
 * right after . , ! ?). A mark directly before an accounted opening mark (a
 * doubled opening mark in messy copy) is accounted for.
 */
export function unaccountedMarks(story: Story): string[] {
  const { txt } = story;
  const spans: Span[] = [...story.gold, ...story.negatives];
  const accounted = new Set<number>();
  for (const s of spans) {
    accounted.add(s.start - 1);
    accounted.add(s.end);
  }
  const problems: string[] = [];
  for (let k = 0; k < txt.length; k++) {
    const ch = txt[k]!;
    if (accounted.has(k) || (OPENING.has(ch) && accounted.has(k + 1) && OPENING.has(txt[k + 1]!))) continue;
    if (spans.some((s) => s.start <= k && k < s.end)) continue;
    const prev = txt[k - 1] ?? "\n";
    const next = txt[k + 1] ?? "\n";
    const isMark =
      ch === '"' || ch === "“" || ch === "”" || ch === "‘" ||
      ((ch === "'" || ch === "’") && ((/[\s"“(—]/.test(prev) && /\S/.test(next)) || /[.,!?]/.test(prev)));
    if (isMark) problems.push(`unaccounted quote mark ${ch} at ${k}: ${JSON.stringify(txt.slice(Math.max(0, k - 30), k + 30))}`);
  }
  return problems;
}

const lastWord = (name: string) => name.trim().split(/\s+/).pop() ?? "";

/**
 * score.mjs accepts a speaker that ends in the same word as any accepted form,
 * so two speakers in one story whose forms share a last word ("... Party",
 * "... Ferris") would let one pass for the other. Allowed only where one
 * speaker's alternatives name the other on purpose (a paper's authors and its
 * lead author).
 */
export function lastWordClashes(gold: GoldItem[]): string[] {
  const forms = new Map<string, string[]>();
  for (const g of gold) forms.set(g.speaker, [...new Set([...(forms.get(g.speaker) ?? []), g.speaker, ...(g.speaker_alt ?? [])])]);
  const speakers = [...forms.keys()];
  const problems: string[] = [];
  speakers.forEach((a, i) => {
    for (const b of speakers.slice(i + 1)) {
      const fa = forms.get(a)!;
      const fb = forms.get(b)!;
      if (fa.includes(b) || fb.includes(a)) continue;
      const shared = fa.map(lastWord).filter((w) => fb.map(lastWord).includes(w));
      if (shared.length) problems.push(`speakers ${JSON.stringify(a)} and ${JSON.stringify(b)} share the last word ${JSON.stringify(shared[0])}, so the scorer could not tell them apart`);
    }
  });
  return problems;
}

/** Every problem with one story's annotation. */
export function checkStory(story: Story): string[] {
  const { txt, gold, negatives } = story;
  const problems = [...checkLayout(txt), ...unaccountedMarks(story)];
  const headlineStart = txt.indexOf("\n") + 1;
  const headlineEnd = txt.indexOf("\n", headlineStart);
  gold.forEach((g, i) => {
    const label = `gold[${i}] ${JSON.stringify(g.text.slice(0, 30))}`;
    const newlineOk = Boolean(g.multi_paragraph) || MISSING_CLOSE.test(g.note ?? "");
    problems.push(...checkSpan(txt, g, label, newlineOk));
    const prev = gold[i - 1];
    if (prev && g.start <= prev.start) problems.push(`${label}: not in document order`);
    const onHeadline = g.start >= headlineStart && g.end <= headlineEnd;
    if (onHeadline !== Boolean(g.headline)) problems.push(`${label}: headline flag ${Boolean(g.headline)} but span is ${onHeadline ? "" : "not "}on line 2`);
    if (g.speaker_alt?.includes(g.speaker)) problems.push(`${label}: speaker_alt repeats the speaker`);
    if (g.speaker_alt && new Set(g.speaker_alt).size !== g.speaker_alt.length) problems.push(`${label}: duplicate speaker_alt`);
    if (g.speaker !== g.speaker.trim() || /[.,;:]$/.test(g.speaker)) problems.push(`${label}: speaker has stray whitespace or punctuation`);
    const outer = gold.find((o) => o !== g && o.start < g.start && g.end < o.end);
    if (Boolean(outer) !== Boolean(g.nested)) problems.push(`${label}: nested flag ${Boolean(g.nested)} but ${outer ? "lies" : "does not lie"} inside another item`);
    for (const o of gold) {
      if (o === g) continue;
      const crosses = o.start < g.end && g.start < o.end;
      const contains = (a: Span, b: Span) => a.start < b.start - 1 && b.end + 1 <= a.end;
      if (crosses && !contains(o, g) && !contains(g, o)) problems.push(`${label}: overlaps ${JSON.stringify(o.text.slice(0, 30))}`);
    }
  });
  problems.push(...lastWordClashes(gold));
  const goldTexts = new Set(gold.map((g) => norm(g.text)));
  negatives.forEach((n, i) => {
    const label = `negative[${i}] ${JSON.stringify(n.text.slice(0, 30))}`;
    problems.push(...checkSpan(txt, n, label, false));
    const prev = negatives[i - 1];
    if (prev && n.start <= prev.start) problems.push(`${label}: not in document order`);
    for (const g of gold) {
      const crosses = g.start < n.end && n.start < g.end;
      const nestedInside = g.start < n.start - 1 && n.end + 1 <= g.end;
      if (crosses && !nestedInside) problems.push(`${label}: overlaps gold ${JSON.stringify(g.text.slice(0, 30))}`);
    }
    if (goldTexts.has(norm(n.text))) problems.push(`${label}: same text as a gold item, so the scorer could not tell them apart`);
  });
  return problems;
}

/**
 * Recomputes start/end for items listed in document order from their text:
 * each item is the first occurrence after the previous item's start that sits
 * between an opening mark and a closing mark (or a line break). For editing a
 * story without counting characters by hand; checkStory still has the last word.
 */
export function reoffset<T extends Span>(txt: string, items: T[]): { items: T[]; problems: string[] } {
  let from = 0;
  const problems: string[] = [];
  const out = items.map((item) => {
    for (let at = txt.indexOf(item.text, from); at >= 0; at = txt.indexOf(item.text, at + 1)) {
      const end = at + item.text.length;
      if (OPENING.has(txt[at - 1] ?? "") && (CLOSING.has(txt[end] ?? "") || txt[end] === "\n")) {
        from = at + 1;
        return { ...item, start: at, end };
      }
    }
    problems.push(`${JSON.stringify(item.text.slice(0, 30))} not found between marks after offset ${from}`);
    return item;
  });
  return { items: out, problems };
}

/** Reads one half: its stories (sorted by id) and the problems found while reading them. */
export function loadHalf(half: Half, root = CORPUS_DIR): { stories: Story[]; problems: string[] } {
  const dir = path.join(root, half);
  const problems: string[] = [];
  // A half that is not written yet is empty, not broken; corpus.test.ts pins the expected story count.
  if (!existsSync(dir)) return { stories: [], problems: [] };
  const files = readdirSync(dir);
  const negFile = path.join(dir, "negatives.json");
  const negParsed = existsSync(negFile) ? Negatives.safeParse(JSON.parse(readFileSync(negFile, "utf8"))) : null;
  if (!negParsed) problems.push(`${half}/negatives.json is missing`);
  else if (!negParsed.success) problems.push(`${half}/negatives.json: ${negParsed.error.message}`);
  const negatives = negParsed?.success ? negParsed.data : {};
  const ids = files.filter((f) => /^c\d\d\.txt$/.test(f)).map((f) => f.slice(0, 3)).sort();
  for (const f of files) {
    if (!/^c\d\d\.(txt|gold\.json)$/.test(f) && f !== "negatives.json") problems.push(`${half}/${f}: unexpected file`);
    if (f.endsWith(".gold.json") && !ids.includes(f.slice(0, 3))) problems.push(`${half}/${f}: no story for it`);
  }
  for (const key of Object.keys(negatives)) if (!ids.includes(key)) problems.push(`${half}/negatives.json: key ${key} has no story`);
  const stories: Story[] = [];
  for (const id of ids) {
    if (halfOf(id) !== half) problems.push(`${half}/${id}: the split rule puts ${id} in ${halfOf(id)}/`);
    if (kindOf(id) === "unknown") problems.push(`${half}/${id}: no kind (a story after c${FIRST_ROUND} needs an entry in EXTRA_TUNE_KINDS)`);
    const goldFile = path.join(dir, `${id}.gold.json`);
    if (!existsSync(goldFile)) {
      problems.push(`${half}/${id}: no gold file`);
      continue;
    }
    const gold = z.array(GoldItem).safeParse(JSON.parse(readFileSync(goldFile, "utf8")));
    if (!gold.success) {
      problems.push(`${half}/${id}.gold.json: ${gold.error.message}`);
      continue;
    }
    if (!(id in negatives)) problems.push(`${half}/negatives.json: no entry for ${id} (use an empty list)`);
    stories.push({ id, half, txt: readFileSync(path.join(dir, `${id}.txt`), "utf8"), gold: gold.data, negatives: negatives[id] ?? [] });
  }
  return { stories, problems };
}

/** Every problem in the corpus, prefixed with the file it is in. */
export function checkCorpus(root = CORPUS_DIR): { stories: Story[]; problems: string[] } {
  const stories: Story[] = [];
  const problems: string[] = [];
  for (const half of HALVES) {
    const loaded = loadHalf(half, root);
    problems.push(...loaded.problems);
    for (const s of loaded.stories) {
      stories.push(s);
      problems.push(...checkStory(s).map((p) => `${half}/${s.id}: ${p}`));
    }
  }
  const seen = new Set<string>();
  for (const s of stories) {
    if (seen.has(s.id)) problems.push(`${s.id} appears in both halves`);
    seen.add(s.id);
  }
  return { stories, problems };
}

export type Counts = { stories: number; words: number; items: number; scored: number; partial: number; multiParagraph: number; headline: number; nested: number; negatives: number };

export function countHalf(stories: Story[]): Counts {
  const items = stories.flatMap((s) => s.gold);
  return {
    stories: stories.length,
    words: stories.reduce((n, s) => n + wordCount(s.txt), 0),
    items: items.length,
    scored: items.filter((g) => !g.headline && !g.nested).length,
    partial: items.filter((g) => g.kind === "partial").length,
    multiParagraph: items.filter((g) => g.multi_paragraph).length,
    headline: items.filter((g) => g.headline).length,
    nested: items.filter((g) => g.nested).length,
    negatives: stories.reduce((n, s) => n + s.negatives.length, 0),
  };
}

/** The README's counts table, one row per half; corpus.test.ts checks that the README carries it verbatim. */
export function countsTable(stories: Story[]): string {
  const rows = HALVES.map((half) => {
    const c = countHalf(stories.filter((s) => s.half === half));
    return `| ${half} | ${c.stories} | ${c.words} | ${c.items} | ${c.scored} | ${c.partial} | ${c.multiParagraph} | ${c.headline} | ${c.nested} | ${c.negatives} |`;
  });
  return [
    "| half | stories | words | gold items | scored | partial | multi-paragraph segments | headline | nested | negatives |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

export const SCORER = path.resolve(CORPUS_DIR, "../../shared/quote-devset/score.mjs");

/** Scores a half's gold against itself with the dev set's scorer; returns its stdout. */
export function selfScore(half: Half, stories: Story[], extra: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const preds = mkdtempSync(path.join(os.tmpdir(), `ingest-corpus-${half}-`));
  try {
    for (const s of stories) {
      writeFileSync(path.join(preds, `${s.id}.json`), JSON.stringify(s.gold.map(({ text, speaker, kind }) => ({ text, speaker, kind }))));
    }
    const run = spawnSync(process.execPath, [SCORER, path.join(CORPUS_DIR, half), preds, ...extra], { encoding: "utf8" });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(preds, { recursive: true, force: true });
  }
}

/** `--fix-offsets`: rewrites every gold file and negatives.json with offsets recomputed by `reoffset`. */
function fixOffsets(): string[] {
  const problems: string[] = [];
  for (const half of HALVES) {
    const { stories } = loadHalf(half);
    const negatives: Record<string, Negative[]> = {};
    for (const s of stories) {
      const gold = reoffset(s.txt, s.gold);
      const negs = reoffset(s.txt, s.negatives);
      problems.push(...[...gold.problems, ...negs.problems].map((p) => `${half}/${s.id}: ${p}`));
      writeFileSync(path.join(CORPUS_DIR, half, `${s.id}.gold.json`), JSON.stringify(gold.items, null, 1));
      negatives[s.id] = negs.items;
    }
    if (stories.length) writeFileSync(path.join(CORPUS_DIR, half, "negatives.json"), JSON.stringify(negatives, null, 1));
  }
  return problems;
}

function main() {
  if (process.argv.includes("--fix-offsets")) for (const p of fixOffsets()) console.error(p);
  const { stories, problems } = checkCorpus();
  for (const half of HALVES) {
    const c = countHalf(stories.filter((s) => s.half === half));
    console.log(
      `${half}: ${c.stories} stories, ${c.words} words, ${c.items} gold items (${c.scored} scored, ${c.headline} headline, ${c.nested} nested), ` +
        `${c.partial} partial, ${c.multiParagraph} multi-paragraph segments, ${c.negatives} negatives`,
    );
  }
  if (process.argv.includes("--table")) console.log(`\n${countsTable(stories)}\n`);
  if (process.argv.includes("--self-score")) {
    if (!existsSync(SCORER)) console.log(`(${SCORER} is absent: self-score skipped)`);
    else for (const half of HALVES) {
      if (!stories.some((s) => s.half === half)) continue;
      const run = selfScore(half, stories.filter((s) => s.half === half));
      console.log(`\n${half}, gold scored against itself:\n${run.stdout.trim().split("\n").slice(-2).join("\n")}`);
    }
  }
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`\n✗ ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log("✓ no problems");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
