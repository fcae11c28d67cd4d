/**
 * `npm run schema`: writes the JSON Schemas for content files from the zod
 * schemas, so editors' IDEs autocomplete and flag errors as they type.
 * `--check` exits 1 when the committed files are out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentJsonSchemas } from "../lib/content/json-schema";

const check = process.argv.includes("--check");
const dir = path.resolve("content/schema");
let stale = 0;
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  const file = path.join(dir, `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === text) continue;
  stale++;
  if (check) console.error(`${path.relative(process.cwd(), file)} is out of date: run npm run schema`);
  else {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
if (check && stale > 0) process.exit(1);
if (!check && stale === 0) console.log("content/schema/ is up to date");
