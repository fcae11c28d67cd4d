/** A card that does not exist (a draft, an unknown slug or quote). Caching follows the site-wide rule in next.config.js. */
export function notFoundCard(): Response {
  return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
