"use client";

import { useEffect, useState } from "react";
import { quoteLink } from "@/lib/article/quote-link";
import { COPY_QUOTE_ATTR } from "../markup";

type Outcome = "copied" | "failed";

const MESSAGE: Record<Outcome, string> = {
  copied: "Link copied",
  failed: "Could not copy: the link is in the address bar",
};

/** How long "Link copied" stays beside the button. */
const SHOWN_MS = 2500;

/**
 * Makes every `CopyQuoteLink` button on the page work, through one click
 * listener: the quote's address goes to the clipboard (or, where the clipboard
 * is refused, into the address bar), the button is marked `data-copied` so CSS
 * shows the outcome beside it, and this live region says it to screen readers.
 */
export function QuoteLinkCopier() {
  const [message, setMessage] = useState("");

  useEffect(() => {
    let marked: HTMLElement | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const show = (button: HTMLElement, outcome: Outcome) => {
      marked?.removeAttribute("data-copied");
      marked = button;
      button.dataset.copied = outcome;
      setMessage(MESSAGE[outcome]);
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.removeAttribute("data-copied");
        setMessage("");
      }, SHOWN_MS);
    };

    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>(`button[${COPY_QUOTE_ATTR}]`) : null;
      const quoteId = button?.getAttribute(COPY_QUOTE_ATTR);
      if (!button || !quoteId) return;
      const url = quoteLink(window.location, quoteId);
      try {
        await navigator.clipboard.writeText(url);
        show(button, "copied");
      } catch {
        // No clipboard (permission refused, insecure origin): leave the link where the reader can take it.
        history.replaceState(history.state, "", url);
        show(button, "failed");
      }
    };

    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(timer);
    };
  }, []);

  return (
    <p role="status" className="sr-only" data-testid="copy-status">
      {message}
    </p>
  );
}
