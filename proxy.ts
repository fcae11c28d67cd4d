import { type NextRequest, NextResponse } from "next/server";

/** Every page and route on this site only reads. */
const ALLOWED = "GET, HEAD";

function refuse(status: 400 | 405, message: string): NextResponse {
  const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
  if (status === 405) headers.allow = ALLOWED;
  return new NextResponse(`${message}\n`, { status, headers });
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The site is read-only, so any other method is a 405 before routing (Next.js
 * would otherwise answer a POST to a prerendered page with the page). A path
 * with broken percent-encoding is a 400 here rather than an error deeper in.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return refuse(405, `${request.method} is not allowed: this site only reads (${ALLOWED}).`);
  if (!isDecodable(request.nextUrl.pathname)) return refuse(400, "The path is not valid percent-encoding.");
  return NextResponse.next();
}

export const config = {
  // Build assets are immutable files; everything else passes through.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
