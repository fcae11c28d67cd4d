import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MISS_CACHE_CONTROL, installMissNotShared } from "./install-gate";

let server: http.Server;
let origin: string;

beforeAll(async () => {
  installMissNotShared();
  // Answers as Next.js does for a page: Cache-Control set beforehand, status chosen by the render.
  server = http.createServer((req, res) => {
    res.setHeader("Cache-Control", "public, s-maxage=60");
    res.statusCode = req.url === "/missing" ? 404 : 200;
    res.end("body");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("installMissNotShared", () => {
  it("makes a 404 private and unstored, whatever the route set", async () => {
    const res = await fetch(`${origin}/missing`);
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe(MISS_CACHE_CONTROL);
  });

  it("leaves every other status's Cache-Control alone", async () => {
    const res = await fetch(`${origin}/page`);
    expect(res.headers.get("cache-control")).toBe("public, s-maxage=60");
  });

  it("is installed once however often it is called", () => {
    const before = http.ServerResponse.prototype.writeHead;
    installMissNotShared();
    expect(http.ServerResponse.prototype.writeHead).toBe(before);
  });
});
