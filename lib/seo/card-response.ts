/**
 * Cards change only when their article does: browsers keep one a day, a CDN a
 * week, and may serve a stale one for a month while it fetches a new one.
 */
export const CARD_CACHE_CONTROL = "public, max-age=86400, s-maxage=604800, stale-while-revalidate=2592000";

export function notFoundCard(): Response {
  return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });
}
