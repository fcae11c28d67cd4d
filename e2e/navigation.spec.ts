import { expect, test } from "@playwright/test";
import { DESKTOP_ONLY } from "./scope";
import { SEED_PATH, SEED_SPEAKERS } from "./seed";

// Lists and links are the same at every width: checked once. The header and a clean console are checked on both.

test("the home page lists the latest articles and links to them", DESKTOP_ONLY, async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveText("Latest stories");
  const headlines = page.locator("main article h2 a");
  expect(await headlines.count()).toBeGreaterThanOrEqual(4);
  // Newest first.
  const dates = await page.locator("main article time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime")!)));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  await page.getByRole("link", { name: /NATO chief: Allies combat Russian hybrid attacks/ }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
});

test("a topic page lists its articles and links back to them", DESKTOP_ONLY, async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.getByRole("navigation", { name: "Topics in this story" }).getByRole("link", { name: "Hybrid threats" }).click();
  await expect(page).toHaveURL(/\/topics\/hybrid-threats$/);
  await expect(page.locator("h1")).toHaveText("Hybrid threats");
  const links = page.locator("main article h2 a");
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  await page.getByRole("link", { name: /NATO chief/ }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
});

test("a speaker's page lists their quotes, each linking to its place in the article", DESKTOP_ONLY, async ({ page }) => {
  const speaker = SEED_SPEAKERS[0];
  await page.goto(SEED_PATH);
  await page.getByRole("navigation", { name: "People in this story" }).getByRole("link", { name: speaker.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${speaker.id}$`));
  await expect(page.locator("h1")).toHaveText(speaker.name);
  await expect(page.locator("main")).toContainText(`Quoted as ${speaker.role}`);
  const inContext = page.locator("[data-quote-link]");
  await expect(inContext).toHaveCount(speaker.quotes);
  const quoteId = (await inContext.nth(1).getAttribute("data-quote-link"))!;
  await inContext.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}#${quoteId}$`));
  await expect(page.locator(`#${quoteId}`)).toBeInViewport();
  await expect(page.locator(`#${quoteId}`)).toHaveAttribute("data-speaker", speaker.id);
});

test("a demo article says it is demo content", DESKTOP_ONLY, async ({ page }) => {
  await page.goto("/");
  const demoCard = page.locator("main article").filter({ hasText: "Demo content" }).first();
  await demoCard.locator("h2 a").click();
  await expect(page.getByRole("note")).toContainText("Demo content");
});

test("an unknown article, topic, person or path gets the designed 404 page", DESKTOP_ONLY, async ({ page }) => {
  for (const path of ["/articles/no-such-story", "/topics/no-such-topic", "/people/nobody", "/no/such/page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("h1")).toHaveText("We can’t find that page");
    await expect(page.getByRole("link", { name: "Read the latest stories" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("region", { name: "Latest on onrecord" }).getByRole("link")).toHaveCount(3);
  }
});

test("pages load without console errors or failed requests", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  for (const path of ["/", SEED_PATH, "/topics/nato", "/people/nato"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);
});

test("the header leads to the topics index and the index of everyone on record", async ({ page }) => {
  await page.goto(SEED_PATH);
  const sections = page.getByRole("navigation", { name: "Sections" });
  await sections.getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await expect(page.locator("h1")).toHaveText("Topics");
  const topics = page.getByRole("navigation", { name: "All topics" }).getByRole("link");
  expect(await topics.count()).toBeGreaterThanOrEqual(6);
  // Busiest topic first: its count is at least every other's.
  const counts = (await topics.allInnerTexts()).map((t) => Number(/(\d+) stor/.exec(t)?.[1]));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Who’s on record" }).click();
  await expect(page).toHaveURL(/\/people$/);
  const speakers = page.locator('main ol a[href^="/people/"]');
  expect(await speakers.count()).toBeGreaterThanOrEqual(SEED_SPEAKERS.length);
  const quoteCounts = (await speakers.allInnerTexts()).map((t) => Number(/(\d+) quotes? in/.exec(t)?.[1]));
  expect(quoteCounts).toEqual([...quoteCounts].sort((a, b) => b - a));
  await speakers.filter({ hasText: "Volodymyr Zelensky" }).click();
  await expect(page).toHaveURL(/\/people\/volodymyr-zelensky$/);
  await expect(page.locator("[data-quote-link]")).toHaveCount(1);
});

test("a quote that quotes someone else keeps the inner marks on the speaker's page", DESKTOP_ONLY, async ({ page }) => {
  await page.goto("/articles/fake-evacuation-alerts-hit-ruvenian-coastal-towns");
  // The nested quotation inside Mira Castellan's words, as the article shows it.
  const inner = page.locator('.article-body q.quote q.quote').first();
  const innerText = (await inner.innerText()).replace(/[‘’“”]/g, "");
  const speakerId = (await page.locator(".article-body q.quote:has(q.quote)").first().getAttribute("data-speaker"))!;
  await page.goto(`/people/${speakerId}`);
  await expect(page.locator("main blockquote").filter({ hasText: innerText })).toContainText(`‘${innerText}’`);
});
