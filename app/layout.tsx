import type { Metadata, Viewport } from "next";
import { draftMode } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { PrefetchOnIntent } from "@/components/links/PrefetchOnIntent.client";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
import { PreviewBanner } from "@/components/preview/PreviewBanner";
import { ThemeScript } from "@/components/theme/ThemeScript";
import { THEME_COLORS } from "@/components/theme/theme";
import { sourceSerif, sourceSerifItalic } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "onrecord — who said what, in every story", template: "%s · onrecord" },
  description: "News with every quotation highlighted and attributed to the person or organisation who said it.",
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // False while prerendering, so published pages never carry the banner.
  const { isEnabled: preview } = await draftMode();
  return (
    // ThemeScript sets data-theme / data-js on <html> before hydration; React must not object.
    <html lang="en" className={`${sourceSerif.variable} ${sourceSerifItalic.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <SkipLink />
        {preview ? <PreviewBanner /> : null}
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <PrefetchOnIntent />
      </body>
    </html>
  );
}
