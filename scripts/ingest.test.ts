import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContentRoot } from "../lib/content/loader";
import { runIngest } from "./ingest-command";
import { captureCommand, REPO, runScript } from "./lib/run-script";

const tmp = mkdtempSync(path.join(os.tmpdir(), "ingest-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command in-process (fast); `spawnIngest` runs the real script once or twice. */
const ingest = (...args: string[]) => captureCommand(runIngest, args);
/** Runs `npm run ingest -- …` the way an editor would, from the repo root. */
const spawnIngest = (...args: string[]) => runScript("ingest.ts", args);

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

const STORY = [
  "Coast",
  "Corvane ferry strike ends after talks",
  "",
  "Crews of Corvane Ferries Ltd returned to work on Monday after a week-long strike.",
  "",
  "“We got what we asked for,” said union organiser Tamsin Vaur. “Now we sail.”",
  "",
  "The company called the deal “fair to everyone”.",
  "",
].join("\r\n");

const STACK_LINE = /^\s+at /mu;

describe("scripts/ingest.ts", () => {
  it("--quotes prints only the quotations as JSON, in document order", { timeout: 60_000 }, () => {
    const run = spawnIngest(write("story.txt", STORY), "--quotes");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { text: "We got what we asked for,", speaker: "Tamsin Vaur", kind: "direct" },
      { text: "Now we sail.", speaker: "Tamsin Vaur", kind: "direct" },
      { text: "fair to everyone", speaker: "Corvane Ferries Ltd", kind: "partial" },
    ]);
  });

  it("--out writes a draft, its new speakers and a review record that `npm run validate` accepts", { timeout: 120_000 }, () => {
    const root = path.join(tmp, "content");
    for (const dir of ["people", "topics", "schema"]) cpSync(path.join(REPO, "content", dir), path.join(root, dir), { recursive: true });
    const run = ingest(write("story2.txt", STORY), "--out", root, "--topic", "undersea-cables", "--published-at", "2026-01-05T09:00:00Z");
    expect(run.stderr).toMatch(/3 quotations, 2 speakers \(new: tamsin-vaur, corvane-ferries-ltd\)/);
    expect(run.status).toBe(0);
    const article = JSON.parse(readFileSync(path.join(root, "articles/corvane-ferry-strike-ends-after-talks.json"), "utf8"));
    expect(article).toMatchObject({ status: "draft", section: "Coast", topics: ["undersea-cables"], publishedAt: "2026-01-05T09:00:00Z" });
    expect(existsSync(path.join(root, "people/tamsin-vaur.json"))).toBe(true);
    const review = JSON.parse(readFileSync(path.join(root, "review/corvane-ferry-strike-ends-after-talks.ingest.json"), "utf8"));
    expect(review.quotes.map((q: { method: string }) => q.method)).toEqual(["tag-after", "split-quote", "reported-speech"]);
    expect(loadContentRoot(root).problems).toEqual([]);
    // A second run would overwrite: refused without --force.
    expect(ingest(path.join(tmp, "story2.txt"), "--out", root, "--topic", "undersea-cables").status).toBe(2);
  });

  it("asks for a topic when none is named in the story", { timeout: 60_000 }, () => {
    const run = ingest(path.join(tmp, "story.txt"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no topic found in the story: pass --topic <id>/);
  });

  it.each([
    ["empty.txt", "", /the file is empty/],
    ["binary.bin", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), /not a plain-text file/],
    ["cp1252.txt", Buffer.from("News\nHead\n\nCaf\xe9 owner said \x93yes\x94.\n", "latin1"), /not UTF-8 text/],
    ["noheadline.txt", `${"This opening sentence runs on and on without a break. ".repeat(5)}\n\nMore.`, /no headline/],
  ])("refuses %s with one clear message and exit 1, no stack trace", { timeout: 60_000 }, (name, content, message) => {
    const file = write(name, content);
    const run = ingest(file, "--quotes");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.startsWith(`ingest: ${file}: `)).toBe(true);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 1 from the real command line too, with no stack trace", { timeout: 60_000 }, () => {
    const run = spawnIngest(path.join(tmp, "empty.txt"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest: .*empty\.txt: the file is empty/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("never refuses a story for its marks: best effort, and a warning to check", () => {
    const file = write("messy.txt", "News\nHeadline\n\nShe said: ““We will win.\n\nWe are ready,” he said.\n\nThe match is on Sunday.");
    const run = ingest(file, "--quotes");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((q: { text: string }) => q.text)).toEqual(["We will win.", "We are ready,"]);
    expect(run.stderr).toMatch(/warning: paragraph 1, at .*doubled/);
    expect(run.stderr).toMatch(/warning: paragraph 1, at .*never closed/);
    expect(run.stderr).toMatch(/warning: paragraph 2, at .*no opening mark/);
  });

  it("reads the known speakers through the content loader: a symbolic link in people/ is refused", () => {
    const root = path.join(tmp, "linked");
    for (const dir of ["people", "topics"]) cpSync(path.join(REPO, "content", dir), path.join(root, dir), { recursive: true });
    symlinkSync("/etc/hostname", path.join(root, "people", "intruder.json"));
    const run = ingest(path.join(tmp, "story.txt"), "--out", root, "--topic", "undersea-cables");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read the known speakers and topics:[\s\S]*intruder\.json[\s\S]*symbolic link/);
  });

  it("explains usage mistakes with exit 2", { timeout: 60_000 }, () => {
    const none = ingest();
    expect(none.status).toBe(2);
    expect(ingest(path.join(tmp, "story.txt"), "--out").stderr).toMatch(/--out <value>' argument missing[\s\S]*usage:/);
    expect(ingest(path.join(tmp, "story.txt"), "--colour").status).toBe(2);
    expect(none.stderr).toMatch(/which file\?[\s\S]*usage: npm run ingest/);
    expect(ingest(path.join(tmp, "missing.txt")).stderr).toMatch(/missing\.txt: no such file/);
  });
});
