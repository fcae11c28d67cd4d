/**
 * `PUBLISH_SECRET=… npm run -s publish -- <slug>… [--url <origin>]`: see
 * scripts/publish-command.ts and docs/deploy.md.
 */
import { runPublish } from "./publish-command";

runPublish(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
