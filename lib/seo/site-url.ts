/**
 * Where the site lives, for every absolute URL we publish: canonical links,
 * OpenGraph, JSON-LD, feeds and the sitemap. Read from `SITE_URL` at build
 * time (pages are prerendered, so it is baked into the HTML); local runs get
 * the address `next start` serves on.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

/** The site's origin (plus any base path), without a trailing slash. A bad `SITE_URL` stops the build with a clear message. */
export function siteUrl(raw: string | undefined = process.env.SITE_URL): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://onrecord.example, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must use http or https, got "${value}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin with an optional path, without query, fragment or credentials, got "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** An absolute URL for a site path ("/articles/x"). */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  if (!path.startsWith("/")) throw new Error(`absoluteUrl: expected a path starting with "/", got "${path}"`);
  return `${base}${path}`;
}
