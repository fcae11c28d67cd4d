/**
 * `npm run -s eval:quotes -- <dir>` or `-- <story.txt> --article <article.json>`:
 * see scripts/eval-quotes-command.ts and docs/ingest.md.
 */
import { runEvalQuotes } from "./eval-quotes-command";

process.exitCode = runEvalQuotes(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
