/** What a page costs a reader, from its HTML. */

/**
 * The external scripts a page loads: every `<script src>` plus scripts it
 * preloads (`<link rel="preload" as="script">` and `modulepreload`), each once,
 * in order of first mention. Inline scripts are part of the HTML's own bytes.
 * `nomodule` scripts (Next's legacy polyfills, about 40 KB gzip) are left out:
 * every browser that runs modules skips them, so no reader of ours loads them.
 */
export function scriptSources(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = m[0];
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) found.push(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? "";
    const isScript = rel === "modulepreload" || (rel === "preload" && /\bas="script"/.test(tag));
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (isScript && href) found.push(href);
  }
  return [...new Set(found.map(unescapeAttr))];
}

function unescapeAttr(s: string): string {
  return s.replace(/&amp;/g, "&");
}

/** Whether a page's HTML carries previous/next pagination links. */
export function paginationLinks(html: string): { prev?: string; next?: string; labelled: boolean } {
  const nav = /<nav\b[^>]*aria-label="Pagination"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
  if (!nav) return { labelled: false };
  const link = (rel: string) => new RegExp(`<a\\b[^>]*\\brel="${rel}"[^>]*>`).exec(nav[1]!)?.[0];
  const href = (tag?: string) => (tag ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined);
  const prev = href(link("prev"));
  const next = href(link("next"));
  return { labelled: true, ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
