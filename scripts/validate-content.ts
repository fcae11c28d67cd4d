/**
 * `npm run validate`: checks every file under the content root and prints
 * every problem as `file: json.path: message`. Exit 1 when there are any.
 */
import path from "node:path";
import { contentRoot, loadContentRoot } from "../lib/content/load";
import { formatProblem } from "../lib/content/problems";

const root = process.argv[2] ? path.resolve(process.argv[2]) : contentRoot();
const loaded = loadContentRoot(root);
const where = path.relative(process.cwd(), root) || ".";

if (loaded.problems.length > 0) {
  for (const p of loaded.problems) console.error(formatProblem(p));
  const n = loaded.problems.length;
  console.error(`\n✗ ${n} problem${n === 1 ? "" : "s"} in ${where}/ — fix them and run \`npm run validate\` again.`);
  process.exit(1);
}

const drafts = loaded.articles.filter((a) => a.value.status === "draft").length;
console.log(
  `✓ ${where}/: ${loaded.articles.length} articles (${drafts} draft${drafts === 1 ? "" : "s"}), ` +
    `${loaded.people.length} speakers, ${loaded.topics.length} topics — no problems.`,
);
