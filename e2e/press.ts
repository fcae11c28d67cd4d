import type { Locator, Page } from "@playwright/test";

/**
 * Clicks (or, on a touch screen, taps) the words of an inline element, at the
 * middle of its first line box: an inline quotation's bounding box can put its
 * corner on the text before it, or its centre past its end.
 */
export async function pressWords(page: Page, target: Locator, touch: boolean) {
  await target.scrollIntoViewIfNeeded();
  const at = await target.evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
  });
  if (touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}
