/**
 * Which project runs a test. Both projects run every test by default; a test whose behaviour does not depend on the
 * device (content, colours, print, keyboard, themes) or that sets its own viewport runs once, on desktop, and a test of
 * the phone layout runs on the mobile project only. The projects drop the other's tests by tag (playwright.config.ts),
 * so no browser is started for a test that would only skip itself.
 */
export const DESKTOP_ONLY = { tag: "@desktop-only" } as const;
export const PHONE_ONLY = { tag: "@phone-only" } as const;
