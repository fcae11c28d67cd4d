/**
 * `npm run ingest -- <file.txt> [--out <content root>] [--quotes]`: see
 * scripts/ingest-command.ts and the README section "Turning a plain-text story
 * into an article".
 */
import { runIngest } from "./ingest-command";

process.exitCode = runIngest(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
