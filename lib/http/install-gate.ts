import http from "node:http";
import { refusal } from "./gate";
import { securityHeaders } from "./security-headers";

const INSTALLED = Symbol.for("onrecord.requestGate");
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
