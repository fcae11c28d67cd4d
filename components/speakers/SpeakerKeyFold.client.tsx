"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { ARTICLE_ROOT_ATTR, FILTER_ATTR, KEY_FOLDED_ATTR, KEY_HEIGHT_VAR, KEY_LIST_ID, KEY_MEASURING_ATTR, NEEDS_JS } from "../markup";
import { fitRows, rowShown } from "@/lib/speaker-colour/key-fold";

export interface KeyRowItem {
  id: string;
  className: string;
  /** The row's label (the server's markup): radio, swatch, name, role, count. */
  row: ReactNode;
}

/** Folded under "N more" (globals.css hides it), but not `hidden`: Tailwind's reset makes that `!important`, and measuring must override it. */
const folded = (yes: boolean) => (yes ? { [KEY_FOLDED_ATTR]: "" } : {});

/** The sidebar's distance from the top of the screen once it sticks (globals.css, `.speaker-panel > details`). */
const STICKY_TOP_REM = 1.5;
/** "N more"'s height: its minimum, a 44px target (globals.css, `.speaker-key__more`). */
const MORE_HEIGHT_REM = 2.75;
/** Room kept free below the key, so its last control never touches the screen's edge. */
const BOTTOM_GAP_PX = 16;

/**
 * The speaker key's rows, folded to the room the key has: as many speakers as
 * fit on screen with the key's heading, "N more" and "Everyone", the rest
 * behind "N more". The server renders `fold` rows (a default that fits a
 * laptop screen); once scripts run, this measures the rows and the room (the
 * screen's height less whatever stands above the key at the top of the page:
 * preview bar, site header) and re-folds, on load, when the fonts arrive and
 * on every resize (or zoom). Below 1024px the key is a folded panel in the
 * page's flow, so it shows everyone.
 *
 * Expanded, the key may be taller than the screen: it then scrolls with the
 * page until its foot is on screen (a negative sticky `top` from KEY_HEIGHT_VAR,
 * globals.css), so no row is ever out of reach and nothing scrolls inside it.
 *
 * The speaker the reader has chosen (the filter's FILTER_ATTR on the article)
 * keeps a place among the rows shown, so "Show fewer" never hides them.
 */
export function SpeakerKeyFold({ rows, fold }: { rows: readonly KeyRowItem[]; fold: number }) {
  const [shown, setShown] = useState(Math.min(fold, rows.length));
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const more = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const ol = list.current;
    const key = ol?.closest("details");
    const aside = key?.parentElement;
    if (!ol || !key || !aside) return;
    const measure = () => {
      const summary = key.querySelector("summary");
      if (summary && getComputedStyle(summary).display !== "none") return rows.length;
      // Every row shown, for one synchronous layout: nothing is painted meanwhile.
      key.setAttribute(KEY_MEASURING_ATTR, "");
      const box = key.getBoundingClientRect();
      const rowBottoms = [...ol.children].map((li) => li.getBoundingClientRect().bottom - box.top);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      // Absent while everyone fits; then the height it would take: one line of small text in its 2.75rem target (globals.css).
      const button = more.current?.getBoundingClientRect().height ?? MORE_HEIGHT_REM * rem;
      const height = box.height + (more.current ? 0 : button);
      const asideStyle = getComputedStyle(aside);
      const naturalTop = aside.getBoundingClientRect().top + window.scrollY + parseFloat(asideStyle.paddingTop);
      key.removeAttribute(KEY_MEASURING_ATTR);
      // The top of the page leaves the least room (the key starts below the header); further down it sticks near the top.
      const room = window.innerHeight - Math.max(naturalTop, STICKY_TOP_REM * rem) - BOTTOM_GAP_PX;
      return fitRows({ rowBottoms, height, button, room });
    };
    let frame = 0;
    const refold = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setShown(measure()));
    };
    refold();
    void document.fonts?.ready.then(refold);
    window.addEventListener("resize", refold);
    // Keeps the key's height where globals.css reads it, for a key taller than the screen.
    const sized = new ResizeObserver(([entry]) => key.style.setProperty(KEY_HEIGHT_VAR, `${entry!.borderBoxSize[0]!.blockSize}px`));
    sized.observe(key);
    const root = key.closest(`[${ARTICLE_ROOT_ATTR}]`);
    const filtered = new MutationObserver(() => setChosen(root?.getAttribute(FILTER_ATTR) ?? null));
    if (root) filtered.observe(root, { attributes: true, attributeFilter: [FILTER_ATTR] });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", refold);
      sized.disconnect();
      filtered.disconnect();
    };
  }, [rows.length]);

  const hiddenCount = open ? 0 : rows.length - shown;
  const pinned = chosen === null ? -1 : rows.findIndex((r) => r.id === chosen);
  return (
    <>
      <ol className="speaker-key__list" id={KEY_LIST_ID} ref={list}>
        {rows.map(({ id, className, row }, i) => (
          <li key={id} className={className} data-speaker-entry={id} {...folded(!open && !rowShown(i, shown, pinned < 0 ? undefined : pinned))}>
            {row}
          </li>
        ))}
      </ol>
      {shown < rows.length ? (
        <button type="button" ref={more} className="speaker-key__more" aria-expanded={open} aria-controls={KEY_LIST_ID} onClick={() => setOpen(!open)} {...NEEDS_JS}>
          {open ? "Show fewer" : `${hiddenCount} more`}
        </button>
      ) : null}
    </>
  );
}
