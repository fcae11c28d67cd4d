/**
 * The `npm run ingest` command (scripts/ingest.ts runs it): turns a
 * plain-text story into a draft article with every quotation marked and
 * attributed. Bad input gets one clear message on stderr and exit 1; usage
 * mistakes exit 2. Never a stack trace. Output goes through `io`, so tests
 * run it in-process.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot, displayPath, loadContentRoot } from "../lib/content/loader";
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

function readArgs(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        quotes: { type: "boolean", default: false },
        topic: { type: "string", multiple: true, default: [] },
        slug: { type: "string" },
        section: { type: "string" },
        "published-at": { type: "string" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError("");
  if (positionals.length !== 1) throw new UsageError(positionals.length ? "give one file at a time" : "which file? give the path of a plain-text story");
  return {
    file: positionals[0] as string,
    quotes: values.quotes,
    topics: values.topic,
    force: values.force,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.slug !== undefined ? { slug: values.slug } : {}),
    ...(values.section !== undefined ? { section: values.section } : {}),
    ...(values["published-at"] !== undefined ? { publishedAt: values["published-at"] } : {}),
  };
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

/**
 * The known speakers and topics, read by the app's own loader (regular files
 * only, no symbolic links). A broken person or topic file stops the ingest
 * with the validator's message; the articles are not this command's concern.
 */
function knownContent(root: string): { people: Person[]; topics: Topic[] } {
  const loaded = loadContentRoot(root);
  const folders = ["people", "topics"].map((d) => displayPath(path.join(root, d)) + path.sep);
  const broken = loaded.problems.filter((p) => folders.some((f) => p.file.startsWith(f)));
  if (broken.length) throw new InputError(`cannot read the known speakers and topics:\n${broken.map(formatProblem).join("\n")}`);
  return { people: loaded.people.map((p) => p.value), topics: loaded.topics.map((t) => t.value) };
}

function main(args: Args, io: Io): number {
  const raw = readStory(args.file);
  const parsed = parsePlainText(raw);
  if (!parsed.ok) throw new InputError(parsed.message);
  const story = parsed.value;

  const root = args.out ? path.resolve(args.out) : contentRoot();
  const { people, topics } = knownContent(root);
  const extraction = extractQuotations(story, people);
  if (args.quotes) {
    io.out(`${JSON.stringify(quoteList(extraction), null, 2)}\n`);
    for (const w of extraction.warnings) io.err(`warning: ${w}\n`);
    return 0;
  }

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
  let file: string | undefined;
  try {
    const args = readArgs(argv);
    file = args.file;
    return main(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message ? `ingest: ${e.message}\n\n${USAGE}\n` : `${USAGE}\n`);
      return e.message ? 2 : 0;
    }
    if (e instanceof InputError) {
      io.err(`ingest: ${file ?? "input"}: ${e.message}\n`);
      return 1;
    }
    // A bug of ours: say so plainly, without the stack.
    io.err(`ingest: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
