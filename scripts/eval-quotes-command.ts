/**
 * The `npm run -s eval:quotes` command (scripts/eval-quotes.ts runs it): scores
 * the quotation extractor on a set folder in the dev-set format
 * (`<name>.txt` + `<name>.gold.json`, optional `negatives.json`), with the
 * dev set's rules: span precision and recall, speaker and direct/partial
 * accuracy on matched spans, confidence calibration, and every miss.
 *
 * `--article <article.json>` scores one story against a hand-checked article
 * instead of a gold file. `--totals` prints the aggregate lines only (for a
 * test half that nobody may read story by story).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot, loadContentRoot } from "../lib/content/loader";
import { parseArticle } from "../lib/content/parse";
import type { Person } from "../lib/content/schema";
import { extractQuotations, predictionList } from "../lib/ingest/extract";
import { goldFromArticle } from "../lib/ingest/gold";
import { NLP_CHOICES, type NlpSettings, nlpSettings, useNlp } from "../lib/ingest/nlp";
import { parsePlainText } from "../lib/ingest/plain-text";
import { type ArticleScore, CONFIDENT, type GoldItem, type Negative, type Prediction, type Summary, scoreArticle, summarise } from "../lib/ingest/score";
import type { Io } from "./lib/io";

export type { Io } from "./lib/io";

const USAGE = `usage: npm run -s eval:quotes -- [--set] <dir> [--exact-speaker] [--totals]
       npm run -s eval:quotes -- <story.txt> --article <article.json> [--exact-speaker]

  <dir>            a set folder: <name>.txt + <name>.gold.json (+ negatives.json)
  --article <file> score one story against a hand-checked article
  --exact-speaker  a speaker counts only when equal to the gold name or an alternative
  --totals         print the totals only, no story-by-story misses
  --nlp <choice>   what to take from the language libraries: rules (none), wink
                   (parts of speech), compromise (organisation names), both`;

class Fail extends Error {}
class Usage extends Fail {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Fail(`${file}: cannot read JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The speakers already in content/people, read through the app's loader (broken files are skipped here). */
function knownPeople(): Person[] {
  return loadContentRoot(contentRoot()).people.map((p) => p.value);
}

function predict(file: string, people: readonly Person[]): { predictions: Prediction[]; error?: string; warnings: number } {
  const parsed = parsePlainText(readFileSync(file, "utf8"));
  if (!parsed.ok) return { predictions: [], error: parsed.message, warnings: 0 };
  const extraction = extractQuotations(parsed.value, people);
  return { predictions: predictionList(extraction), warnings: extraction.warnings.length };
}

const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(1) : "n/a");

function report(name: string, score: ArticleScore, error?: string): string[] {
  const lines = [`${name}  tp=${score.tp} fp=${score.fp} fn=${score.fn} speaker=${score.speaker}/${score.tp} kind=${score.kind}/${score.tp}`];
  if (error) lines.push(`  ERROR ${error}`);
  for (const m of score.misses) {
    if (m.type === "SPK" || m.type === "KIND") lines.push(`  ${m.type.padEnd(5)} gold=${m.gold} pred=${m.predicted ?? null} | ${m.text.slice(0, 40)}`);
    else lines.push(`  ${m.type.padEnd(5)} ${m.text.slice(0, 60)}`);
  }
  return lines;
}

/** The aggregate lines: spans, speaker, kind, calibration, refusals. */
export function totalsLines(t: Summary, stories: number, refused: number, warned: number, exactSpeaker = false): string[] {
  return [
    `spans (exact after trailing-punct norm): P=${(100 * t.precision).toFixed(1)} R=${(100 * t.recall).toFixed(1)} F1=${(100 * t.f1).toFixed(1)}  (tp=${t.tp} fp=${t.fp} fn=${t.fn})`,
    `speaker accuracy on matched spans: ${pct(t.speaker, t.tp)}% (${t.speaker}/${t.tp})${exactSpeaker ? " [exact]" : ""};  kind accuracy: ${pct(t.kind, t.tp)}% (${t.kind}/${t.tp})`,
    `calibration: confidence >= ${CONFIDENT}: ${pct(t.confidentRight, t.confident)}% right (${t.confidentRight}/${t.confident});  flagged for review: ${t.flagged};  wrong speaker not flagged: ${t.wrongUnflagged}`,
    `stories: ${stories}, refused: ${refused}, with mark warnings: ${warned}`,
  ];
}

interface Case {
  name: string;
  txt: string;
  gold: GoldItem[];
  negatives: Negative[];
}

function setCases(dir: string): Case[] {
  const negativesFile = path.join(dir, "negatives.json");
  const negatives = existsSync(negativesFile) ? (readJson(negativesFile) as Record<string, Negative[]>) : {};
  const cases: Case[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
    const name = f.slice(0, -".gold.json".length);
    const txt = path.join(dir, `${name}.txt`);
    if (!existsSync(txt)) throw new Fail(`${path.join(dir, f)}: no ${name}.txt beside it`);
    const gold = readJson(path.join(dir, f));
    if (!Array.isArray(gold)) throw new Fail(`${path.join(dir, f)}: must be a JSON array of quotations`);
    cases.push({ name, txt, gold: gold as GoldItem[], negatives: negatives[name] ?? [] });
  }
  if (cases.length === 0) throw new Fail(`${dir}: no <name>.gold.json files to score against`);
  return cases;
}

function main(argv: readonly string[], io: Io): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        set: { type: "string" },
        article: { type: "string" },
        "exact-speaker": { type: "boolean", default: false },
        totals: { type: "boolean", default: false },
        nlp: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new Usage(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new Usage(USAGE);
  const targets = [...(values.set ? [values.set] : []), ...positionals];
  if (targets.length !== 1) throw new Usage(USAGE);
  const target = targets[0] as string;
  const exactSpeaker = values["exact-speaker"];
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Fail(`${target}: no such file or folder`);
  const people = knownPeople();
  if (values.nlp !== undefined && !NLP_CHOICES[values.nlp]) throw new Usage(`--nlp must be one of ${Object.keys(NLP_CHOICES).join(", ")}\n\n${USAGE}`);
  const before: NlpSettings = nlpSettings();
  if (values.nlp) useNlp(NLP_CHOICES[values.nlp] as NlpSettings);
  try {
    run(target, stat.isFile(), values, people, io);
  } finally {
    useNlp(before);
  }
}

function run(target: string, isFile: boolean, values: { article?: string; "exact-speaker": boolean; totals: boolean }, people: Person[], io: Io): void {
  const exactSpeaker = values["exact-speaker"];
  let cases: Case[];
  if (values.article) {
    if (!isFile) throw new Fail(`${target}: with --article, give the story's .txt file`);
    const article = parseArticle(values.article, existsSync(values.article) ? readFileSync(values.article, "utf8") : "");
    if (!article.ok) throw new Fail(article.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join("\n"));
    cases = [{ name: path.basename(target, ".txt"), txt: target, gold: goldFromArticle(article.value, people), negatives: [] }];
  } else {
    if (isFile) throw new Fail(`${target}: give a set folder of <name>.txt + <name>.gold.json, or a story with --article <article.json>`);
    cases = setCases(target);
  }

  const scores: ArticleScore[] = [];
  const out: string[] = [];
  let refused = 0;
  let warned = 0;
  for (const c of cases) {
    const { predictions, error, warnings } = predict(c.txt, people);
    if (error) refused++;
    if (warnings) warned++;
    const score = scoreArticle(c.gold, predictions, c.negatives, { exactSpeaker });
    scores.push(score);
    if (!values.totals) out.push(...report(c.name, score, error));
  }
  if (out.length) out.push("");
  out.push(...totalsLines(summarise(scores), cases.length, refused, warned, exactSpeaker));
  io.out(`${out.join("\n")}\n`);
}

/** Runs the command; returns the exit code. */
export function runEvalQuotes(argv: readonly string[], io: Io): number {
  try {
    main(argv, io);
    return 0;
  } catch (e) {
    io.err(`eval:quotes: ${e instanceof Error ? e.message : String(e)}\n`);
    return e instanceof Usage ? 2 : 1;
  }
}
