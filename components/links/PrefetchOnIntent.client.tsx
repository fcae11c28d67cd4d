"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { prefetchTarget } from "@/lib/navigation/prefetch";

/**
 * Prefetches a page when the reader points at, touches or focuses a link to
 * it: one listener on the document for every link of the site (see
 * components/links/Link.tsx), instead of an observer per link that
 * prefetches on view.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const done = new Set<string>([location.pathname + location.search]);
    const onIntent = (event: Event) => {
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const target = prefetchTarget({ href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") }, location.origin);
      if (!target || done.has(target)) return;
      done.add(target);
      router.prefetch(target);
    };
    const options = { passive: true, capture: true } as const;
    for (const type of ["pointerover", "touchstart", "focusin"]) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of ["pointerover", "touchstart", "focusin"]) document.removeEventListener(type, onIntent, options);
    };
  }, [router]);
  return null;
}
