import type { z } from "zod";

/** One thing wrong with one content file, in terms an editor can act on. */
export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** JSON path inside the file, `$` for the whole document (e.g. `$.body[2].speaker`). */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

export type PathSegment = string | number;

export function jsonPath(segments: readonly PathSegment[]): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into problems. A union that failed every branch is
 * reported through the branch that got furthest (an object with a good `type`
 * but a bad field), not as zod's bare "Invalid input".
 */
export function problemsFromZod(file: string, issues: readonly Issue[], prefix: readonly PathSegment[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const best = pickUnionBranch(issue.errors);
      if (best) {
        out.push(...problemsFromZod(file, best, path));
        continue;
      }
    }
    out.push({ file, path: jsonPath(path), message: describeIssue(issue) });
  }
  return out;
}

/**
 * The branch the input most nearly matched. A branch that failed only because
 * the input is of another type altogether (an object where a string may
 * stand) ranks last; among the rest, the one whose issues sit deepest wins.
 */
function pickUnionBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestScore = -1;
  for (const branch of branches) {
    const typeMismatch = branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0;
    const score = typeMismatch ? -1 : Math.min(...branch.map((i) => i.path.length));
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling; see content/schema/)`;
    case "invalid_type":
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(issue.input)}`;
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        // A known type can be wrong in one place (a quote inside a nested quote), so "unknown" would mislead.
        return `"${String(issue.discriminator)}": ${describeValue(readField(issue.input, String(issue.discriminator)))} is not allowed here (see content/schema/ for what each element may hold)`;
      }
      return `does not match any allowed shape (got ${describeValue(issue.input)})`;
    case "too_big":
      if (issue.origin === "string") {
        return `is too long (${lengthOf(issue.input)} characters; at most ${Number(issue.maximum).toLocaleString("en-GB")})`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function readField(input: unknown, key: string): unknown {
  return input && typeof input === "object" ? (input as Record<string, unknown>)[key] : undefined;
}

function lengthOf(input: unknown): string {
  return typeof input === "string" ? input.length.toLocaleString("en-GB") : "?";
}

function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return v.length > 40 ? `"${v.slice(0, 37)}…"` : JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}
