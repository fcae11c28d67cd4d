import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractQuotations } from "../lib/ingest/extract";
import { parsePlainText } from "../lib/ingest/plain-text";
import { normaliseSpan, speakerMatches } from "../lib/ingest/score";
const dir = process.argv[2]!; const only = process.argv[3];
const negs = JSON.parse(readFileSync(path.join(dir, "negatives.json"), "utf8"));
for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
  const id = f.replace(".gold.json", "");
  if (only && !id.match(only)) continue;
  const txt = readFileSync(path.join(dir, id + ".txt"), "utf8");
  const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const p = parsePlainText(txt); if (!p.ok) continue;
  const ex = extractQuotations(p.value);
  for (const q of ex.quotes) {
    const g = gold.find((g: any) => normaliseSpan(g.text) === normaliseSpan(q.text));
    const neg = (negs[id] ?? []).find((n: any) => normaliseSpan(n.text) === normaliseSpan(q.text));
    const para = q.para === -1 ? p.value.headline : p.value.paragraphs[q.para]!;
    const ctx = para.slice(Math.max(0, q.start - 120), Math.min(para.length, q.end + 80));
    if (g && g.headline) continue;
    if (g && !g.nested && speakerMatches(q.attribution.speaker?.name ?? "", g)) continue;
    if (g?.nested) continue;
    const tag = neg ? `NEG(${neg.why})` : g ? `SPK gold=${g.speaker} pred=${q.attribution.speaker?.name} ${q.attribution.method}/${q.attribution.resolution.join(",")} c=${q.attribution.confidence}` : `FP`;
    console.log(`${id} ${tag}\n    «${q.text.slice(0,50)}»  …${ctx.replace(/\n/g," ")}…`);
  }
}
