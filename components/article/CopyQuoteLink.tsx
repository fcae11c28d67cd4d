"use client";

import { useEffect, useState } from "react";
import { quoteLink } from "@/lib/article/quote-link";

type Status = "idle" | "copied" | "failed";

const MESSAGE: Record<Status, string> = {
  idle: "",
  copied: "Link copied",
  failed: "Could not copy: the link is in the address bar",
};

/**
 * Copies the address of one quote (`…#q-id`, or its share page once those
 * exist) and says so, to sighted readers beside the button and to screen
 * readers through a live region. Hidden by CSS when JavaScript is off
 * (`data-needs-js`): the quote's anchor still works from the speaker list.
 *
 * `inline` sits after a quote in the running text (compact and revealed on
 * hover or focus where there is a mouse; a full 44px target on touch);
 * `list` sits beside a quote link in the speaker list.
 */
export function CopyQuoteLink({
  quoteId,
  label,
  variant,
  sharePath,
}: {
  quoteId: string;
  /** The button's accessible name, e.g. "Copy link to this quote". */
  label: string;
  variant: "inline" | "list";
  /** A share page for this quote (`/articles/<slug>/quotes/<id>`), copied instead of the anchor when given. */
  sharePath?: string;
}) {
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    const url = quoteLink(window.location, quoteId, sharePath);
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // No clipboard (permission refused, insecure origin): leave the link where the reader can take it.
      history.replaceState(history.state, "", url);
      setStatus("failed");
    }
  }

  return (
    <span className={`copy-quote copy-quote--${variant}`} data-needs-js="" data-status={status}>
      {/* The link icon is drawn by CSS (a mask), not an inline <svg>: one copy in the stylesheet rather than one per quote. */}
      <button type="button" className="copy-quote__button" onClick={copy} data-copy-quote={quoteId}>
        <span className="sr-only">{label}</span>
      </button>
      <span role="status" className="copy-quote__status">
        {MESSAGE[status]}
      </span>
    </span>
  );
}
