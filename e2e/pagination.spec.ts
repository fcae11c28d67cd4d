import { expect, test } from "@playwright/test";

/**
 * The seed archive fits on one page per listing, so here: page 1 at its plain
 * URL with no pagination links, and every /page/<n> a 404. The paging itself
 * is unit-tested (lib/lists/paginate.test.ts) and checked on archives of 100
 * to 10,000 articles by `npm run bench`.
 */

for (const path of ["/", "/topics/nato", "/people/jens-stoltenberg"]) {
  test(`${path} holds everything on one page, without pagination links`, async ({ page }) => {
    await page.goto(path);
    expect(await page.locator("main article, main li[class*='border-t']").count()).toBeGreaterThan(0);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  });
}

for (const path of [
  "/page/2",
  "/page/1",
  "/page/0",
  "/page/02",
  "/page/two",
  "/topics/nato/page/2",
  "/topics/no-such-topic/page/2",
  "/people/jens-stoltenberg/page/2",
  "/people/jens-stoltenberg/page/1",
]) {
  test(`${path} is not a page of this archive`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}
