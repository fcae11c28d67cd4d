import { COPY_QUOTE_ATTR } from "../markup";

/**
 * A button that copies the address of one quote (`…#q-id`). Plain server
 * markup: one `QuoteLinkCopier` on the page handles every such button, so a
 * story with many quotes hydrates one small client component, not one per
 * quote. Hidden by CSS when JavaScript is off (globals.css, by its class):
 * the quote's anchor still works from the speaker list.
 *
 * `inline` sits after a quote in the running text (compact and revealed on
 * hover or focus where there is a mouse; a full 44px target on touch);
 * `list` sits beside a quote link in the speaker list or a set-off quote.
 */
export function CopyQuoteLink({
  quoteId,
  label,
  variant,
}: {
  quoteId: string;
  /** The button's accessible name, e.g. "Copy link to this quote". */
  label: string;
  variant: "inline" | "list";
}) {
  return (
    // The link icon is drawn by CSS (a mask), and "Link copied" appears beside it from CSS too (globals.css, .copy-quote).
    <button type="button" className={`copy-quote copy-quote--${variant}`} aria-label={label} {...{ [COPY_QUOTE_ATTR]: quoteId }} />
  );
}
