/**
 * The last step of `npm run build`: rewrites every prerendered HTML page of
 * the build as pure ASCII (scripts/lib/ascii-html.ts says why and how), so
 * `next start` serves it on Node's fast path. Run again on the same build,
 * it finds nothing to do.
 *
 *   tsx scripts/ascii-pages.ts [build folder]   (default: ONRECORD_DIST_DIR or .next)
 *
 * A page that cannot be escaped exactly is left as it is and named; it is
 * served correctly, only more slowly, so the build does not fail for it.
 */
import { isAscii } from "node:buffer";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asciiHtml } from "./lib/ascii-html";
import { plural } from "../lib/format/text";

/** The folders of a build that hold prerendered pages: Next's own, and the copy in a standalone server. */
function pageFolders(distDir: string): string[] {
  const inBuild = (root: string) => ["app", "route-cache"].map((f) => path.join(root, "server", f));
  // The standalone server mirrors the project's layout: .next/standalone/.next/server/app.
  const fromProject = path.relative(process.cwd(), path.resolve(distDir));
  const standalone = fromProject.startsWith("..") ? [] : inBuild(path.join(distDir, "standalone", fromProject));
  return [...inBuild(distDir), ...standalone].filter((f) => existsSync(f));
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith(".html")) yield file;
  }
}

const distDir = process.argv[2] ?? process.env.ONRECORD_DIST_DIR ?? ".next";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`✗ ${distDir} holds no build: run \`next build\` first.`);
  process.exit(1);
}

const started = performance.now();
let rewritten = 0;
let ascii = 0;
const leftAsTheyWere: string[] = [];
for (const folder of pageFolders(distDir)) {
  for (const file of htmlFiles(folder)) {
    // A build run through here before is all ASCII: check the bytes before decoding them.
    const bytes = readFileSync(file);
    if (isAscii(bytes)) {
      ascii++;
      continue;
    }
    // Past this point the page has a character outside ASCII, so it is either escaped or left with a reason.
    const result = asciiHtml(bytes.toString("utf8"));
    if (result.changed) {
      writeFileSync(file, result.html);
      rewritten++;
    } else {
      leftAsTheyWere.push(`${file}: a character outside ASCII in ${result.unsafe}`);
    }
  }
}

for (const line of leftAsTheyWere) console.warn(`! ${line}: left as it was (served correctly, on the slower path)`);
console.log(
  `✓ ASCII pages: ${plural(rewritten, "page")} escaped, ${ascii} already ASCII` +
    (leftAsTheyWere.length ? `, ${leftAsTheyWere.length} left as they were` : "") +
    ` (${Math.round(performance.now() - started)} ms)`,
);
