import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's internal link: Next.js's Link without prefetching on view.
 * Next's default fetches the page data of every link that scrolls into view
 * (7 to 11 requests as an article, home or person page loads on a phone),
 * and the phone's main thread processes each answer while the page is
 * still starting. Here a page's data is fetched when the reader shows the
 * intent to open it (PrefetchOnIntent, once for the whole site), and a
 * click still navigates without reloading the page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
