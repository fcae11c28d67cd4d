import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runEvalQuotes } from "./eval-quotes-command";
import { captureCommand, REPO, runScript } from "./lib/run-script";

const SEED = path.resolve(REPO, "../shared/seeds/000_3e6c425a2e96d266.txt");
const tmp = mkdtempSync(path.join(os.tmpdir(), "eval-quotes-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** In-process (fast); `spawnEval` runs the real script. */
const evalQuotes = (...args: string[]) => captureCommand(runEvalQuotes, args);
const spawnEval = (...args: string[]) => runScript("eval-quotes.ts", args);

describe("scripts/eval-quotes.ts", () => {
  it("scores a folder of stories and gold files and lists every miss", { timeout: 60_000 }, () => {
    writeFileSync(
      path.join(tmp, "a01.txt"),
      "News\nPier reopens\n\n“We rebuilt it,” said Halvard Brenn. The bank moved the shares from “hold” to “buy”.\n\nOttilie Sarn called it “a miracle”.\n",
    );
    writeFileSync(
      path.join(tmp, "a01.gold.json"),
      JSON.stringify([
        { text: "We rebuilt it,", speaker: "Halvard Brenn", kind: "direct" },
        { text: "a miracle", speaker: "Senna Quist", kind: "direct" },
        { text: "never said", speaker: "Nobody", kind: "partial" },
      ]),
    );
    writeFileSync(path.join(tmp, "negatives.json"), JSON.stringify({ a01: [{ text: "hold" }] }));
    const run = spawnEval(tmp);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("a01  tp=2 fp=0 fn=1 speaker=1/2 kind=1/2");
    expect(run.stdout).toMatch(/SPK   gold=Senna Quist pred=Ottilie Sarn \| a miracle/);
    expect(run.stdout).toMatch(/KIND  gold=direct pred=partial \| a miracle/);
    expect(run.stdout).toMatch(/MISS  never said/);
    expect(run.stdout).toMatch(/spans \(exact after trailing-punct norm\): P=100\.0 R=66\.7 F1=80\.0 {2}\(tp=2 fp=0 fn=1\)/);
    expect(run.stdout).toMatch(/speaker accuracy on matched spans: 50\.0% \(1\/2\);  kind accuracy: 50\.0% \(1\/2\)/);
    expect(run.stdout).toMatch(/calibration: confidence >= 0\.9: \d+\.\d% right \(\d\/\d\);  flagged for review: \d+;  wrong speaker not flagged: \d/);
    expect(run.stdout).toMatch(/stories: 1, refused: 0/);
  });

  it("--set names the folder, and --totals prints the aggregate lines only", () => {
    const run = evalQuotes("--set", tmp, "--totals");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/a01|MISS|SPK/);
    expect(run.stdout.trim().split("\n")).toHaveLength(4);
    expect(run.stdout).toMatch(/^spans .*P=100\.0 R=66\.7/);
  });

  it("says what is wrong with its input", { timeout: 60_000 }, () => {
    expect(evalQuotes().status).toBe(2);
    expect(evalQuotes("--nonsense", tmp).status).toBe(2);
    const empty = mkdtempSync(path.join(tmp, "empty-"));
    const run = evalQuotes(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no <name>\.gold\.json files to score against/);
  });

  it.skipIf(!existsSync(SEED))(existsSync(SEED) ? "scores the seed against its hand-checked article" : "../shared is absent: seed score not checked", { timeout: 60_000 }, () => {
    const run = evalQuotes(SEED, "--article", "content/articles/nato-allies-combat-russian-hybrid-attacks.json");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/P=100\.0 R=100\.0 F1=100\.0 {2}\(tp=7 fp=0 fn=0\)/);
    expect(run.stdout).toMatch(/speaker accuracy on matched spans: 100\.0% \(7\/7\)/);
  });
});
