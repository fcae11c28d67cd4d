import { writeFileSync, rmSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { E2E_CONTENT_DIR, draftUrl } from "./server-env";

const DRAFT_SLUG = "corvane-cable-repair-ship-reaches-fault-site";

/**
 * The preview pages (banner, draft, problem panel, drafts list) hold to the same bar as the public ones. Colours do
 * not depend on the width and the layout does not depend on the scheme, so desktop audits both schemes and the phone
 * its layout in dark.
 */
test("preview pages have no axe violations", async ({ page, isMobile }, info) => {
  test.setTimeout(120_000); // four pages, each rendered per request and audited in up to two schemes
  const broken = `a11y-broken-${info.project.name}`;
  const file = path.join(E2E_CONTENT_DIR, "articles", `${broken}.json`);
  const draft = JSON.parse(readFileSync(path.join("content", "articles", `${DRAFT_SLUG}.json`), "utf8"));
  writeFileSync(file, JSON.stringify({ ...draft, slug: broken, headline: "" }));
  try {
    await page.goto(draftUrl(DRAFT_SLUG));
    const schemes = isMobile ? (["dark"] as const) : (["light", "dark"] as const);
    for (const url of [`/articles/${DRAFT_SLUG}`, "/drafts", `/articles/${broken}`, "/"]) {
      await page.emulateMedia({ colorScheme: schemes[0] });
      await page.goto(url);
      await expect(page.getByRole("status").filter({ hasText: "Preview — not published" })).toBeVisible();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        expect((await axeViolations(page)).map((v) => `${scheme} ${url} ${v}`)).toEqual([]);
      }
    }
  } finally {
    rmSync(file, { force: true });
  }
});
