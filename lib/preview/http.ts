/** The cookie Next.js uses for draft mode. */
export const DRAFT_COOKIE = "__prerender_bypass";

interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(options: { name: string; value: string; httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string }): unknown;
}

/**
 * Next.js sets the draft cookie SameSite=None so a CMS can preview in an
 * iframe; we have no such CMS, so it is set again SameSite=Lax: another site
 * cannot make a request that carries it. Secure except under `next dev`.
 */
export function tightenDraftCookie(jar: CookieJar): void {
  const cookie = jar.get(DRAFT_COOKIE);
  if (!cookie) return;
  jar.set({ name: DRAFT_COOKIE, value: cookie.value, httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV !== "development", path: "/" });
}

export function plainResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });
}
