import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { READ_METHODS, WRITE_ROUTES, refusal } from "./gate";

describe("refusal", () => {
  it("lets GET and HEAD through", () => {
    for (const method of ["GET", "HEAD"]) {
      expect(refusal(method, "/")).toBeUndefined();
      expect(refusal(method, "/articles/some-story?x=%ZZ")).toBeUndefined();
    }
  });

  it("answers any other method with 405 and Allow, wherever it goes", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", undefined]) {
      for (const url of ["/", "/articles/a-story", "/api/draft", "/icon.svg", "/no-such-page", "/articles/%ZZ"]) {
        expect(refusal(method, url), `${method} ${url}`).toMatchObject({ status: 405, allow: READ_METHODS });
      }
    }
  });

  it("answers a path with broken percent-encoding with 400, and reads only the path", () => {
    for (const url of ["/articles/%ZZ", "/topics/%E0%A4%A", "/%", "/people/%E0%A4%A?page=2"]) {
      expect(refusal("GET", url), url).toMatchObject({ status: 400 });
    }
    for (const url of ["/articles/%E2%80%99", "/?q=%ZZ", "/a%2Fb", "/%00"]) expect(refusal("GET", url), url).toBeUndefined();
  });

  it("leaves next dev's own endpoints to it, whatever the method", () => {
    expect(refusal("POST", "/__nextjs_original-stack-frames")).toBeUndefined();
    expect(refusal("POST", "/__nextjs_restart_dev?x=1")).toBeUndefined();
    expect(refusal("POST", "/_nextjs_original-stack-frames")).toMatchObject({ status: 405 });
  });

  it("treats a missing URL as the home page", () => {
    expect(refusal("GET", undefined)).toBeUndefined();
  });
});

/** `export async function POST`, `export const PUT =`, `export { x as DELETE }`: the write methods a route file exports. */
function exportedWrites(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(POST|PUT|PATCH|DELETE)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1]!.split(",")) {
      const exported = name.trim().split(/\s+as\s+/).pop();
      if (exported && /^(POST|PUT|PATCH|DELETE)$/.test(exported)) found.add(exported);
    }
  }
  return [...found].sort();
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(file) : /^route\.tsx?$/.test(e.name) ? [file] : [];
  });
}

describe("WRITE_ROUTES", () => {
  it("reads the write methods a route file exports", () => {
    expect(exportedWrites("export async function POST(req: Request) {}\nexport function GET() {}")).toEqual(["POST"]);
    expect(exportedWrites("export const DELETE = handler;\nexport { refuse as PUT, other }")).toEqual(["DELETE", "PUT"]);
    expect(exportedWrites("export function GET() {}\n// POST is not allowed")).toEqual([]);
  });

  it("lists exactly the route handlers of app/ that accept a write, with their methods", () => {
    const app = path.resolve(__dirname, "../../app");
    const fromFiles: Record<string, string[]> = {};
    for (const file of routeFiles(app)) {
      const writes = exportedWrites(readFileSync(file, "utf8"));
      if (writes.length === 0) continue;
      const route = `/${path.relative(app, path.dirname(file)).split(path.sep).join("/")}`;
      expect(route, `${route}: a route with a dynamic segment needs a pattern in the gate, not a path`).not.toMatch(/\[/);
      fromFiles[route] = writes;
    }
    const listed = Object.fromEntries(Object.entries(WRITE_ROUTES).map(([route, methods]) => [route, [...methods].sort()]));
    expect(listed).toEqual(fromFiles);
  });
});
