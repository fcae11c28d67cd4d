/**
 * `npm run -s publish -- <slug>… [--url <origin>]` (scripts/publish.ts runs it):
 * asks a running server to publish, correct or take down articles through
 * `POST /api/publish`, with PUBLISH_SECRET from the environment, and prints
 * what changed for each slug or every problem that stopped it. Exit code 0
 * when everything is live everywhere, 1 when the server refused or could not
 * finish, 2 for a usage error.
 */
import { parseArgs } from "node:util";
import type { Io } from "./lib/io";

export const USAGE = `usage: npm run -s publish -- <slug>… [--url <origin>]

  <slug>          an article's file name in content/articles, without .json
  --url <origin>  the server to publish through (default http://localhost:$PORT, PORT=3000)

  PUBLISH_SECRET must hold the server's secret.`;

export type PublishOptions = { slugs: string[]; url: string };

/** Reads the command line; a string is the usage error to print. */
export function parsePublishArgs(argv: readonly string[], env: Record<string, string | undefined>): PublishOptions | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { url: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (parsed.values.help) return "";
  const slugs = parsed.positionals.map((slug) => slug.replace(/\.json$/, "")).filter(Boolean);
  if (slugs.length === 0) return "name at least one article to publish";
  const url = (parsed.values.url ?? `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+$/.test(url)) return `--url must be an origin such as https://news.example.org, not ${url}`;
  return { slugs: [...new Set(slugs)], url };
}

type Result = { slug: string; change: string };
type Body = { results?: Result[]; revalidated?: string[]; sharedCache?: string; problems?: string[]; error?: string };

const CHANGE_WORDS: Record<string, string> = {
  added: "published",
  updated: "updated",
  removed: "taken down",
  unchanged: "unchanged",
};

function resultLines(results: readonly Result[]): string[] {
  const width = Math.max(...results.map((r) => (CHANGE_WORDS[r.change] ?? r.change).length));
  return results.map((r) => `  ${(CHANGE_WORDS[r.change] ?? r.change).padEnd(width)}  ${r.slug}`);
}

function revalidatedLine(body: Body): string {
  const pages = body.revalidated?.length ?? 0;
  const cache = body.sharedCache === "ok" ? " on every instance (shared cache ok)" : body.sharedCache === "off" ? " (one instance, no shared cache)" : "";
  return `${pages} page${pages === 1 ? "" : "s"} refreshed${cache}.`;
}

/**
 * What to print, and the exit code, for the server's answer.
 * @param origin the server, for the messages
 */
export function describeResponse(status: number, body: Body | undefined, origin: string): { out: string[]; err: string[]; code: number } {
  if (status === 200 && body?.results) return { out: [...resultLines(body.results), revalidatedLine(body)], err: [], code: 0 };
  if (status === 503 && body?.results) {
    return {
      out: resultLines(body.results),
      err: [`Published on ${origin}, but the shared cache (Redis) could not be reached: other instances may show the old pages.`, "Publish the same slugs again once Redis is back."],
      code: 1,
    };
  }
  if (status === 422) return { out: [], err: ["Nothing was published. Fix these problems and publish again:", ...(body?.problems ?? []).map((p) => `  ${p}`)], code: 1 };
  if (status === 401) return { out: [], err: [`${origin} refused the secret (401): PUBLISH_SECRET is not the server's.`], code: 1 };
  if (status === 404) return { out: [], err: [`${origin} does not publish (404): the server has no PUBLISH_SECRET set, or is older than the publish API.`], code: 1 };
  const detail = body?.error ? `: ${body.error}` : "";
  return { out: [], err: [`${origin} answered ${status}${detail}`], code: 1 };
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Runs the command; resolves to its exit code. */
export async function runPublish(argv: readonly string[], io: Io, env: Record<string, string | undefined> = process.env, fetchImpl: Fetch = fetch): Promise<number> {
  const options = parsePublishArgs(argv, env);
  if (typeof options === "string") {
    io.err(options ? `${options}\n\n${USAGE}\n` : `${USAGE}\n`);
    return options ? 2 : 0;
  }
  const secret = env.PUBLISH_SECRET;
  if (!secret) {
    io.err("PUBLISH_SECRET is not set: export the server's secret first (PUBLISH_SECRET=… npm run -s publish -- <slug>).\n");
    return 2;
  }
  let response: Response;
  try {
    response = await fetchImpl(`${options.url}/api/publish`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ slugs: options.slugs }),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : e instanceof Error ? ` (${e.message})` : "";
    io.err(`Could not reach ${options.url}${cause}: is the server running? Use --url to name another.\n`);
    return 1;
  }
  let body: Body | undefined;
  try {
    body = (await response.json()) as Body;
  } catch {
    body = undefined;
  }
  const { out, err, code } = describeResponse(response.status, body, options.url);
  if (out.length) io.out(`${out.join("\n")}\n`);
  if (err.length) io.err(`${err.join("\n")}\n`);
  return code;
}
