import http from "node:http";
import { refusal } from "./gate";
import { securityHeaders } from "./security-headers";

const INSTALLED = Symbol.for("onrecord.requestGate");
const MISS_INSTALLED = Symbol.for("onrecord.missNotShared");

/** What Next.js itself sends with a 404 of a fully static route. */
export const MISS_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const HEADERS = Object.fromEntries(securityHeaders(false).map(({ key, value }) => [key, value]));

/**
 * Puts the gate of lib/http/gate.ts in front of every HTTP server in this
 * process, `next start`'s included, from instrumentation.ts (run once as the
 * server starts). Next.js has no hook before routing other than a request
 * proxy (middleware), and a proxy, however small, costs every request more
 * than half the server's throughput; this costs a string comparison.
 * Answered here, a request never reaches Next.js, so the response carries
 * the security headers itself.
 */
export function installRequestGate(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const refused = refusal(req.method, req.url);
      if (refused) {
        res.writeHead(refused.status, {
          ...HEADERS,
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          ...(refused.allow ? { Allow: refused.allow } : {}),
        });
        res.end(req.method === "HEAD" ? undefined : `${refused.message}\n`);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}

/**
 * A 404 is never kept by a CDN. Routes drawn on first request (an article, a
 * speaker, a topic) send their 404 with the published pages' Cache-Control
 * from next.config.js, which cannot tell a 404 from a page; a CDN keeping it
 * would hide a story published a minute later. Patched once on the response
 * prototype, so a request pays one comparison of its status.
 */
export function installMissNotShared(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [MISS_INSTALLED]?: true };
  if (proto[MISS_INSTALLED]) return;
  proto[MISS_INSTALLED] = true;
  const writeHead = proto.writeHead;
  proto.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 404 && !this.headersSent) this.setHeader("Cache-Control", MISS_CACHE_CONTROL);
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as http.ServerResponse;
  } as typeof proto.writeHead;
}
