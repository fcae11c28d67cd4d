/**
 * What the server answers before Next.js routes a request, for the two kinds
 * of request Next.js itself answers wrongly:
 *
 * - a method other than GET or HEAD: Next answers 405 only for pages without
 *   a dynamic segment; an article, topic or person page would be rendered and
 *   sent with a 200, and a file from public/ gives a 500. The site only reads,
 *   so these get a 405 with `Allow`, except the (method, path) pairs in
 *   WRITE_ROUTES, which go to their route handler.
 * - a path with broken percent-encoding (`/articles/%ZZ`): Next fails to
 *   decode the dynamic segment and answers 500. It gets a 400.
 *
 * Pure: lib/http/install-gate.ts applies it to each request, at the cost of a
 * string comparison for an ordinary GET (a request proxy cost 0.4 × the
 * throughput; docs/performance.md).
 */

/** The methods every page, feed and file answers. */
export const READ_METHODS = "GET, HEAD";

/**
 * The routes that accept a write, by path: each is a route handler that
 * exports the method. A route handler that exports POST, PUT, PATCH or DELETE
 * must be listed here (lib/http/gate.test.ts checks the two agree).
 */
export const WRITE_ROUTES: Readonly<Record<string, readonly string[]>> = { "/api/publish": ["POST"] };

export interface Refusal {
  status: 400 | 405;
  /** The `Allow` header of a 405. */
  allow?: string;
  message: string;
}

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

function decodable(path: string): boolean {
  if (!path.includes("%")) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `next dev`'s own endpoints (the error overlay's stack frames, the dev
 * indicator, restarts) take POST. `next start` answers them 404 whatever the
 * method, so letting them through costs production nothing.
 */
const DEV_TOOLS = "/__nextjs";

/** The refusal for a request, or undefined for one Next.js should route. `url` is the request target (path and query). */
export function refusal(method: string | undefined, url: string | undefined): Refusal | undefined {
  const path = pathOf(url ?? "/");
  if (method !== "GET" && method !== "HEAD" && !path.startsWith(DEV_TOOLS)) {
    const writes = WRITE_ROUTES[path];
    if (!writes?.includes(method ?? "")) {
      const allow = writes ? `${READ_METHODS}, ${writes.join(", ")}` : READ_METHODS;
      return { status: 405, allow, message: `${method} is not allowed here: this path answers ${allow}.` };
    }
  }
  if (!decodable(path)) return { status: 400, message: "The path is not valid percent-encoding." };
  return undefined;
}
