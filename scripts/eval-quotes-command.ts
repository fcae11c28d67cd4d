/**
 * The `npm run -s eval:quotes -- <dir>` command (scripts/eval-quotes.ts runs it): scores the quotation extractor on a
 * folder of annotated stories (`<name>.txt` + `<name>.gold.json`, optional
 * `negatives.json`), with the dev set's rules: span precision, recall and F1,
 * speaker accuracy and direct/partial accuracy on matched spans, and every miss.
 *
 * `npm run -s eval:quotes -- <story.txt> --article <article.json>` scores one
 * story against a hand-checked article instead of a gold file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/content/load";
import { parseArticle, parsePerson } from "../lib/content/parse";
import type { Person } from "../lib/content/schema";
import { extractQuotations, quoteList } from "../lib/ingest/extract";
import { goldFromArticle } from "../lib/ingest/gold";
import { parsePlainText } from "../lib/ingest/plain-text";
import { type ArticleScore, type GoldItem, type Negative, type Prediction, scoreArticle, summarise } from "../lib/ingest/score";
import type { Io } from "./lib/io";

export type { Io } from "./lib/io";

const USAGE = `usage: npm run -s eval:quotes -- <dir> [--exact-speaker]
       npm run -s eval:quotes -- <story.txt> --article <article.json> [--exact-speaker]`;

class Fail extends Error {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Fail(`${file}: cannot read JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function knownPeople(): Person[] {
  const dir = path.join(contentRoot(), "people");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => {
      const r = parsePerson(path.join(dir, f), readFileSync(path.join(dir, f), "utf8"));
      return r.ok ? [r.value] : [];
    });
}

function predict(file: string, people: readonly Person[]): { predictions: Prediction[]; error?: string } {
  const parsed = parsePlainText(readFileSync(file, "utf8"));
  if (!parsed.ok) return { predictions: [], error: parsed.message };
  const extraction = extractQuotations(parsed.value, people);
  return { predictions: quoteList(extraction), ...(extraction.problems.length ? { error: extraction.problems.map((p) => p.message).join("; ") } : {}) };
}

const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(1) : "n/a");

function report(name: string, score: ArticleScore, error?: string): string[] {
  const lines = [`${name}  tp=${score.tp} fp=${score.fp} fn=${score.fn} speaker=${score.speaker}/${score.tp} kind=${score.kind}/${score.tp}`];
  if (error) lines.push(`  ERROR ${error}`);
  for (const m of score.misses) {
    const text = m.text.slice(0, 60);
    if (m.type === "SPK" || m.type === "KIND") lines.push(`  ${m.type.padEnd(5)} gold=${m.gold} pred=${m.predicted ?? null} | ${m.text.slice(0, 40)}`);
    else lines.push(`  ${m.type.padEnd(5)} ${text}`);
  }
  return lines;
}

function main(argv: readonly string[], io: Io): void {
  const exactSpeaker = argv.includes("--exact-speaker");
  const articleAt = argv.indexOf("--article");
  const article = articleAt >= 0 ? argv[articleAt + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith("--") && (articleAt < 0 || i !== articleAt + 1));
  if (positional.length !== 1 || (articleAt >= 0 && !article)) throw new Fail(USAGE);
  const target = positional[0] as string;
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Fail(`${target}: no such file or folder`);
  const people = knownPeople();

  const cases: { name: string; txt: string; gold: GoldItem[]; negatives: Negative[] }[] = [];
  if (article) {
    if (!stat.isFile()) throw new Fail(`${target}: with --article, give the story's .txt file`);
    const parsed = parseArticle(article, existsSync(article) ? readFileSync(article, "utf8") : "");
    if (!parsed.ok) throw new Fail(parsed.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join("\n"));
    cases.push({ name: path.basename(target, ".txt"), txt: target, gold: goldFromArticle(parsed.value, people), negatives: [] });
  } else {
    if (!stat.isDirectory()) throw new Fail(`${target}: give a folder of <name>.txt + <name>.gold.json, or a story with --article <article.json>`);
    const negativesFile = path.join(target, "negatives.json");
    const negatives = existsSync(negativesFile) ? (readJson(negativesFile) as Record<string, Negative[]>) : {};
    for (const f of readdirSync(target).filter((f) => f.endsWith(".gold.json")).sort()) {
      const name = f.slice(0, -".gold.json".length);
      const txt = path.join(target, `${name}.txt`);
      if (!existsSync(txt)) throw new Fail(`${path.join(target, f)}: no ${name}.txt beside it`);
      const gold = readJson(path.join(target, f));
      if (!Array.isArray(gold)) throw new Fail(`${path.join(target, f)}: must be a JSON array of quotations`);
      cases.push({ name, txt, gold: gold as GoldItem[], negatives: negatives[name] ?? [] });
    }
    if (cases.length === 0) throw new Fail(`${target}: no <name>.gold.json files to score against`);
  }

  const scores: ArticleScore[] = [];
  const out: string[] = [];
  for (const c of cases) {
    const { predictions, error } = predict(c.txt, people);
    const score = scoreArticle(c.gold, predictions, c.negatives, { exactSpeaker });
    scores.push(score);
    out.push(...report(c.name, score, error));
  }
  const t = summarise(scores);
  out.push(
    "",
    `spans (exact after trailing-punct norm): P=${(100 * t.precision).toFixed(1)} R=${(100 * t.recall).toFixed(1)} F1=${(100 * t.f1).toFixed(1)}  (tp=${t.tp} fp=${t.fp} fn=${t.fn})`,
    `speaker accuracy on matched spans: ${pct(t.speaker, t.tp)}% (${t.speaker}/${t.tp})${exactSpeaker ? " [exact]" : ""};  kind accuracy: ${pct(t.kind, t.tp)}% (${t.kind}/${t.tp})`,
  );
  io.out(`${out.join("\n")}\n`);
}

/** Runs the command; returns the exit code. */
export function runEvalQuotes(argv: readonly string[], io: Io): number {
  try {
    main(argv, io);
    return 0;
  } catch (e) {
    io.err(`eval:quotes: ${e instanceof Error ? e.message : String(e)}\n`);
    return e instanceof Fail && e.message === USAGE ? 2 : 1;
  }
}
