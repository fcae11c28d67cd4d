"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { quoteLink } from "@/lib/article/quote-link";
import { excerpt } from "@/lib/format/text";
import { quotePath } from "@/lib/paths";
import { FILTER_INPUT_NAME, QUOTE_SELECTOR, QUOTATION_ATTR, QUOTE_TAG_CLASS, SPEAKER_ATTR, type SpeakerBrief, speakerClass } from "../markup";

interface Open {
  id: string;
  speaker: string;
  text: string;
  url: string;
}

/** Where the sheet sits on a wide screen: under the quotation (above it near the foot of the screen), inside the viewport. */
function place(dialog: HTMLDialogElement, quote: HTMLElement) {
  if (!matchMedia("(min-width: 40rem)").matches) {
    dialog.style.removeProperty("top");
    dialog.style.removeProperty("left");
    return;
  }
  const rects = quote.getClientRects();
  const first = rects[0] ?? quote.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const box = dialog.getBoundingClientRect();
  const below = last.bottom + 8;
  const top = below + box.height < window.innerHeight - 8 ? below : Math.max(8, first.top - box.height - 8);
  const left = Math.min(Math.max(8, first.left), window.innerWidth - box.width - 16);
  dialog.style.top = `${top}px`;
  dialog.style.left = `${left}px`;
}

/**
 * One sheet for every quotation on the page. A click or tap on a quotation
 * (unless the reader is selecting text or following a link inside it), or
 * Enter on a focused one, opens it: who said it (a link to their page), their
 * role, the words, and ways to pass the quotation on: its share page's
 * address (which shows the quote on its own and links back to it in context),
 * and the device's share menu where there is one. On a phone it is a sheet at
 * the foot of the screen; on a wide screen a small card beside the words.
 *
 * It also puts keyboard focus on a quotation the address points at (#q-…),
 * so a reader arriving by a shared link starts there.
 */
export function QuoteSheet({ slug, speakers }: { slug: string; speakers: Record<string, SpeakerBrief> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  const [canShare, setCanShare] = useState(false);

  useEffect(() => {
    setCanShare(typeof navigator.share === "function");
    const show = (quote: HTMLElement) => {
      const speaker = quote.getAttribute(SPEAKER_ATTR);
      if (!speaker || !speakers[speaker] || !quote.id) return;
      opener.current = quote;
      const text = (quote.textContent ?? "").replace(/^[“"]|[”"]$/g, "");
      // A later paragraph of a quotation shares the whole quotation's page.
      const shared = quote.getAttribute(QUOTATION_ATTR) ?? quote.id;
      setOpen({ id: quote.id, speaker, text, url: quoteLink(window.location, shared, quotePath(slug, shared)) });
      setStatus("");
    };
    const onClick = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || e.target.closest("a, button, input, label, summary, dialog")) return;
      // The speaker's label belongs to the quotation after it.
      const tag = e.target.closest(`.${QUOTE_TAG_CLASS}`);
      const quote = tag ? (tag.nextElementSibling as HTMLElement | null) : e.target.closest<HTMLElement>(QUOTE_SELECTOR);
      if (!quote?.matches(QUOTE_SELECTOR)) return;
      // A reader selecting words to copy them is not asking for the sheet.
      if (getSelection()?.isCollapsed === false) return;
      show(quote);
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== "Enter" && e.key !== " ") || !(e.target instanceof HTMLElement) || !e.target.matches(QUOTE_SELECTOR)) return;
      e.preventDefault();
      show(e.target);
    };
    const focusTarget = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target?.matches(QUOTE_SELECTOR)) target.focus({ preventScroll: true });
    };
    focusTarget();
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    window.addEventListener("hashchange", focusTarget);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("hashchange", focusTarget);
    };
  }, [slug, speakers]);

  // Opened once its content is rendered, so it can be measured and placed, and focus lands on its first action.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!open || !d || !opener.current) return;
    if (!d.open) d.showModal();
    place(d, opener.current);
    d.querySelector<HTMLButtonElement>(".quote-sheet__button")?.focus();
  }, [open]);

  const close = () => dialog.current?.close();

  const copy = async () => {
    if (!open) return;
    try {
      await navigator.clipboard.writeText(open.url);
      setStatus("copied");
    } catch {
      // No clipboard (permission refused, insecure origin): the address is shown, selected, to copy by hand.
      setStatus("failed");
    }
  };

  const share = async () => {
    if (!open) return;
    const speaker = speakers[open.speaker]!;
    try {
      await navigator.share({ title: `${speaker.name}: “${excerpt(open.text, 80)}”`, url: open.url });
    } catch {
      // Dismissed, or refused: nothing to say.
    }
  };

  const only = () => {
    if (!open) return;
    const radio = document.querySelector<HTMLInputElement>(`input[name="${FILTER_INPUT_NAME}"][value="${CSS.escape(open.speaker)}"]`);
    close();
    radio?.click();
  };

  const speaker = open ? speakers[open.speaker] : undefined;
  return (
    <dialog
      ref={dialog}
      className={`quote-sheet ${speaker ? speakerClass(speaker.colour) : ""}`}
      aria-labelledby="quote-sheet-title"
      data-testid="quote-sheet"
      // A click on the backdrop lands on the dialog itself: it closes, as a tap outside a sheet should.
      onClick={(e) => e.target === e.currentTarget && close()}
      onClose={() => {
        opener.current?.focus({ preventScroll: true });
        setOpen(null);
      }}
    >
      {open && speaker ? (
        <div className="quote-sheet__body">
          <p id="quote-sheet-title" className="quote-sheet__who">
            <span aria-hidden="true" className="speaker-panel__dot" />
            <span>
              Quote by{" "}
              <a href={speaker.path} className="quote-sheet__name">
                {speaker.name}
              </a>
            </span>
          </p>
          {speaker.role ? <p className="quote-sheet__role">{speaker.role}</p> : null}
          <p className="quote-sheet__words">“{excerpt(open.text, 160)}”</p>
          <div className="quote-sheet__actions">
            <button type="button" className="quote-sheet__button quote-sheet__button--primary" onClick={copy}>
              {status === "copied" ? "Link copied" : "Copy link"}
            </button>
            {canShare ? (
              <button type="button" className="quote-sheet__button" onClick={share}>
                Share…
              </button>
            ) : null}
            {speaker.count > 1 || Object.keys(speakers).length > 1 ? (
              <button type="button" className="quote-sheet__button" onClick={only}>
                Only {speaker.short}
              </button>
            ) : null}
            <button type="button" className="quote-sheet__button" onClick={close}>
              Close
            </button>
          </div>
          {status === "failed" ? (
            <label className="quote-sheet__manual">
              Could not copy. The link, to copy by hand:
              <input readOnly value={open.url} autoFocus onFocus={(e) => e.currentTarget.select()} />
            </label>
          ) : null}
          <p role="status" className="sr-only" data-testid="copy-status">
            {status === "copied" ? "Link copied" : ""}
          </p>
        </div>
      ) : null}
    </dialog>
  );
}
