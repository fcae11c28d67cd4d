import { writeFileSync, rmSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { E2E_CONTENT_DIR, E2E_PREVIEW_SECRET } from "./server-env";

const DRAFT_SLUG = "corvane-cable-repair-ship-reaches-fault-site";

/** The preview pages (banner, draft, problem panel, drafts list) hold to the same bar as the public ones. */
for (const scheme of ["light", "dark"] as const) {
  test(`preview pages have no axe violations (${scheme})`, async ({ page }, info) => {
    test.setTimeout(120_000); // four pages, each rendered per request and audited
    const broken = `a11y-broken-${info.project.name}-${scheme}`;
    const file = path.join(E2E_CONTENT_DIR, "articles", `${broken}.json`);
    const draft = JSON.parse(readFileSync(path.join("content", "articles", `${DRAFT_SLUG}.json`), "utf8"));
    writeFileSync(file, JSON.stringify({ ...draft, slug: broken, headline: "" }));
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/api/draft?secret=${encodeURIComponent(E2E_PREVIEW_SECRET)}&slug=${DRAFT_SLUG}`);
      for (const url of [`/articles/${DRAFT_SLUG}`, "/drafts", `/articles/${broken}`, "/"]) {
        await page.goto(url);
        await expect(page.getByRole("status").filter({ hasText: "Preview — not published" })).toBeVisible();
        expect((await axeViolations(page)).map((v) => `${url} ${v}`)).toEqual([]);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
}
