import { slugSchema } from "../content/schema";
import { API_PREFIX, HOME_PATH } from "../paths";

export type SlugCheck = { ok: true; slug: string } | { ok: false; message: string };

/**
 * Only a slug is accepted, never a URL or a path, so the redirect that follows
 * can only ever go to `/articles/<slug>` on this site.
 */
export function checkPreviewSlug(raw: string | null): SlugCheck {
  if (raw === null || raw === "") return { ok: false, message: "slug is missing: add ?slug=<article-slug>" };
  if (!slugSchema.safeParse(raw).success) return { ok: false, message: "slug must be an article slug (lowercase letters, digits and single hyphens), not a URL or path" };
  return { ok: true, slug: raw };
}

/** A path on this site: one leading slash, not `//` or `/\` (which browsers treat as another host). */
function isLocalPath(p: string): boolean {
  return p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\") && !/[\u0000-\u001f\\]/.test(p);
}

/**
 * Where to send an editor who leaves preview: the `to` path if it is on this
 * site, else the page they came from if the Referer is this site, else home.
 */
export function returnPath(to: string | null, referer: string | null, origin: string): string {
  if (to !== null && isLocalPath(to)) return to;
  if (referer) {
    try {
      const url = new URL(referer);
      const path = `${url.pathname}${url.search}`;
      if (url.origin === origin && isLocalPath(path) && !url.pathname.startsWith(API_PREFIX)) return path;
    } catch {
      // An unparseable Referer is ignored.
    }
  }
  return HOME_PATH;
}

/**
 * Where leaving preview may land: a story that exists only as a draft has no
 * public page (a 404 once preview is off), so its address, or its preview's,
 * sends the editor to the drafts' public counterpart, the home page, instead.
 */
export function exitPreviewPath(path: string, isPublished: (slug: string) => boolean): string {
  const m = /^\/(?:preview\/)?articles\/([^/?#]+)/.exec(path);
  if (!m) return path;
  return isPublished(m[1]!) && !path.startsWith("/preview/") ? path : "/";
}
