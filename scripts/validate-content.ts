/**
 * `npm run validate`: checks every file under the content root and prints
 * every problem as `file: json.path: message`. Exit 1 when published content
 * (or a person or topic) has any. Problems in drafts are printed as warnings:
 * a draft is never published, so a broken one must not hold back a build.
 *
 * With `--publish` (`npm run publish:archive`) a clean archive is then
 * published whole to the published store (lib/published), which is what
 * readers see. With `--seed` (the build's first step) only when no archive
 * was ever published there: after that a build reads the store and never the
 * archive, so its time does not grow with the archive, and stories go live
 * one by one through POST /api/publish.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { blockingProblems, contentRoot, loadContentRoot } from "../lib/content/loader";
import { formatProblem } from "../lib/content/problems";
import { plural } from "../lib/format/text";
import { publishArchive } from "../lib/published/publish";
import { publishedRoot, storeExists } from "../lib/published/store";

const { values, positionals } = parseArgs({
  options: { publish: { type: "boolean", default: false }, seed: { type: "boolean", default: false } },
  allowPositionals: true,
});
const root = positionals[0] ? path.resolve(positionals[0]) : contentRoot();
const store = publishedRoot(root);
if (values.seed && storeExists(store)) {
  console.log(
    `✓ ${path.relative(process.cwd(), store) || "."}/ already holds the published site: the build reads it, not the archive. ` +
      "Publish stories with POST /api/publish (npm run publish), or the whole archive again with npm run publish:archive.",
  );
  process.exit(0);
}
const loaded = loadContentRoot(root);
const where = path.relative(process.cwd(), root) || ".";
const blocking = blockingProblems(loaded);
const inDrafts = loaded.problems.filter((p) => loaded.draftFiles.has(p.file));

if (loaded.warnings.length > 0) {
  for (const w of loaded.warnings) console.error(`${formatProblem(w)} (warning)`);
  console.error(`\n! ${plural(loaded.warnings.length, "warning")}: valid content that will print wrong; worth fixing, not blocking.\n`);
}

if (inDrafts.length > 0) {
  for (const p of inDrafts) console.error(`${formatProblem(p)} (draft)`);
  const files = new Set(inDrafts.map((p) => p.file)).size;
  console.error(`\n! ${plural(inDrafts.length, "problem")} in ${plural(files, "draft")}: they stay unpublished until fixed; preview shows them.\n`);
}

if (blocking.length > 0) {
  for (const p of blocking) console.error(formatProblem(p));
  console.error(`\n✗ ${plural(blocking.length, "problem")} in ${where}/ — fix them and run \`npm run validate\` again.`);
  process.exit(1);
}

const drafts = loaded.draftFiles.size;
// A draft that failed to parse is still an article file.
const articles = new Set([...loaded.articles.map((a) => a.file), ...loaded.draftFiles]).size;
console.log(
  `✓ ${where}/: ${articles} articles (${plural(drafts, "draft")}), ` +
    `${loaded.people.length} speakers, ${loaded.topics.length} topics — ${inDrafts.length > 0 ? "published content has no problems" : "no problems"}.`,
);

if (values.publish || values.seed) {
  const started = performance.now();
  void publishArchive(loaded, store).then((done) =>
    console.log(
      `✓ published ${plural(done.articles, "article")} to ${path.relative(process.cwd(), store) || "."}/ ` +
        `(${done.written} files written, ${done.removed} removed) in ${Math.round(performance.now() - started)} ms.`,
    ),
  );
}
