/** Where the reader is: the parts of `location` a quote's address is built from. */
export interface PageLocation {
  origin: string;
  pathname: string;
}

/**
 * The address a reader copies for one quote: the article itself with the
 * quote's anchor (`#q-…`), which scrolls to and marks the quote, or, when a
 * share page exists for it, that page. Any query or other anchor the reader
 * arrived with is dropped: the link names the quote and nothing else.
 */
export function quoteLink(page: PageLocation, quoteId: string, sharePath?: string): string {
  if (sharePath !== undefined) {
    // Only a path on this site: a copied quote link must never lead elsewhere.
    if (!sharePath.startsWith("/") || sharePath.startsWith("//")) {
      throw new Error(`quoteLink: share path must be a path on this site, got "${sharePath}"`);
    }
    return `${page.origin}${sharePath}`;
  }
  return `${page.origin}${page.pathname}#${quoteId}`;
}
