/**
 * The `npm run ingest` command (scripts/ingest.ts runs it): turns a
 * plain-text story into a draft article with every quotation marked and
 * attributed. Bad input gets one clear message on stderr and exit 1; usage
 * mistakes exit 2. Never a stack trace. Output goes through `io`, so tests
 * run it in-process.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/content/load";
import { parsePerson, parseTopic } from "../lib/content/parse";
import { formatProblem } from "../lib/content/problems";
import type { Person, Topic } from "../lib/content/schema";
import { buildArticle, matchTopics, summary } from "../lib/ingest/article";
import { extractQuotations, quoteList } from "../lib/ingest/extract";
import { parsePlainText } from "../lib/ingest/plain-text";
import type { Io } from "./lib/io";

export type { Io } from "./lib/io";

const USAGE = `usage: npm run ingest -- <file.txt> [--out <content root>] [--topic <id>]... [--slug <slug>] [--section <label>] [--published-at <ISO date-time>]
       npm run -s ingest -- <file.txt> --quotes

  --out <dir>     write <dir>/articles/<slug>.json, new speakers to <dir>/people/, and the
                  attribution review to <dir>/review/<slug>.ingest.json (default: article JSON on stdout)
  --quotes        print only the quotations: [{ "text", "speaker", "kind" }] in document order
  --topic <id>    a topic for the draft (repeatable; default: topics named in the story)
  --force         overwrite an existing article file`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  file: string;
  out?: string;
  quotes: boolean;
  topics: string[];
  slug?: string;
  section?: string;
  publishedAt?: string;
  force: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { file: "", quotes: false, topics: [], force: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--help" || a === "-h") throw new UsageError("");
    else if (a === "--out") args.out = value();
    else if (a === "--quotes") args.quotes = true;
    else if (a === "--topic") args.topics.push(value());
    else if (a === "--slug") args.slug = value();
    else if (a === "--section") args.section = value();
    else if (a === "--published-at") args.publishedAt = value();
    else if (a === "--force") args.force = true;
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? "give one file at a time" : "which file? give the path of a plain-text story");
  args.file = files[0] as string;
  return args;
}

function readStory(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new InputError("no such file");
  if (stat.isDirectory()) throw new InputError("is a folder, not a text file");
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new InputError("this is not a plain-text file (it contains binary data)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("this file is not UTF-8 text (perhaps Windows-1252): save it as UTF-8 and try again");
  }
}

/** Reads every JSON file of one content folder, refusing (with the validator's message) any that is broken. */
function readFolder<T>(dir: string, parse: (file: string, source: string) => { ok: true; value: T } | { ok: false; problems: Parameters<typeof formatProblem>[0][] }): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const parsed = parse(file, readFileSync(file, "utf8"));
      if (!parsed.ok) throw new InputError(`cannot read the known speakers and topics:\n${parsed.problems.map(formatProblem).join("\n")}`);
      return parsed.value;
    });
}

function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  const raw = readStory(args.file);
  const parsed = parsePlainText(raw);
  if (!parsed.ok) throw new InputError(parsed.message);
  const story = parsed.value;

  const root = args.out ? path.resolve(args.out) : contentRoot();
  const people = readFolder<Person>(path.join(root, "people"), parsePerson);
  const extraction = extractQuotations(story, people);
  if (extraction.problems.length) {
    const lines = extraction.problems.map((p) => {
      const where = p.para === -1 ? "headline" : `paragraph ${p.para + 1}`;
      const line = p.para === -1 ? story.headline : (story.paragraphs[p.para] ?? "");
      return `  ${where}, at “${line.slice(Math.max(0, p.offset - 20), p.offset + 30)}”: ${p.message}`;
    });
    throw new InputError(`unbalanced quotation marks:\n${lines.join("\n")}`);
  }

  if (args.quotes) {
    io.out(`${JSON.stringify(quoteList(extraction), null, 2)}\n`);
    return 0;
  }

  const topics = readFolder<Topic>(path.join(root, "topics"), parseTopic);
  const topicIds = new Set(topics.map((t) => t.id));
  for (const t of args.topics) if (!topicIds.has(t)) throw new UsageError(`unknown topic "${t}" (no ${path.join(root, "topics", `${t}.json`)})`);
  const chosen = args.topics.length ? args.topics : matchTopics(story, topics);
  if (chosen.length === 0) {
    throw new UsageError(`no topic found in the story: pass --topic <id> (known: ${[...topicIds].join(", ") || "none"})`);
  }
  const publishedAt = args.publishedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/u, "Z");
  if (Number.isNaN(Date.parse(publishedAt))) throw new UsageError(`--published-at "${publishedAt}" is not a date-time`);

  const built = buildArticle(story, extraction, people, {
    ...(args.slug ? { slug: args.slug } : {}),
    ...(args.section ? { section: args.section } : {}),
    topics: chosen,
    publishedAt,
  });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

  if (args.out) {
    const articleFile = path.join(root, "articles", `${built.article.slug}.json`);
    if (existsSync(articleFile) && !args.force) throw new UsageError(`${articleFile} exists: pass --slug <other> or --force to overwrite it`);
    for (const dir of ["articles", "people", "review"]) mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(articleFile, json(built.article));
    for (const p of built.newPeople) {
      const file = path.join(root, "people", `${p.id}.json`);
      if (!existsSync(file)) writeFileSync(file, json(p));
    }
    writeFileSync(path.join(root, "review", `${built.article.slug}.ingest.json`), json(built.review));
    io.err(`${summary(built, args.file)}\nwrote ${path.relative(process.cwd(), articleFile)}\n`);
  } else {
    io.out(json(built.article));
    if (built.newPeople.length) io.err(`new speakers (not written without --out): ${built.newPeople.map((p) => p.id).join(", ")}\n`);
    io.err(`${summary(built, args.file)}\n`);
  }
  return 0;
}

/** Runs the command; returns the exit code. Never throws: every failure is a message. */
export function runIngest(argv: readonly string[], io: Io): number {
  try {
    return main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message ? `ingest: ${e.message}\n\n${USAGE}\n` : `${USAGE}\n`);
      return e.message ? 2 : 0;
    }
    if (e instanceof InputError) {
      const file = argv.find((a, i, all) => !a.startsWith("--") && !/^--(out|topic|slug|section|published-at)$/u.test(all[i - 1] ?? ""));
      io.err(`ingest: ${file ?? "input"}: ${e.message}\n`);
      return 1;
    }
    // A bug of ours: say so plainly, without the stack.
    io.err(`ingest: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
