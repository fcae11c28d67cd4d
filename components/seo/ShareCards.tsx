import { ImageResponse } from "next/og";
import type { ReactNode } from "react";
import { type ArticleCardData, fitFontSize, HEADLINE_SIZES, QUOTE_SIZES, type QuoteCardData } from "@/lib/seo/cards";
import { CARD_SIZE } from "@/lib/seo/metadata";
import { cardFonts } from "./fonts";
import { mix, SPEAKER_PALETTE } from "@/lib/speaker-colour/palette";

/**
 * The share cards, drawn by next/og (satori) at build time. Content goes in
 * as text children only, so markup-like text is drawn as the characters it
 * is. Satori lays out with flexbox: every element with more than one child
 * says `display: flex`. Colours are the light theme's from app/globals.css.
 */
const COLOURS = { bg: "#fbfaf7", surface: "#ffffff", fg: "#16181d", muted: "#545b66", rule: "#dedad2", accent: "#a4161a", demoBg: "#fff4cc", demoFg: "#5c4400" };
/** `--spk-N-bg` / `--spk-N-fg` (light) from app/globals.css, in palette order. */
/** Tint and ink of each speaker slot: the site's light palette, so a card shows the speaker in their colour on the page. */
const SPEAKER_COLOURS = SPEAKER_PALETTE.map((slot) => [mix(slot.light, "#ffffff", 0.14), slot.light] as const);

/** Characters the card font has no glyph for and that draw nothing anyway; satori would try to fetch a font for them. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const drawable = (text: string) => text.replace(INVISIBLE, "");

async function render(card: ReactNode): Promise<ImageResponse> {
  return new ImageResponse(card as React.ReactElement, { ...CARD_SIZE, fonts: await cardFonts() });
}

function Wordmark({ size = 34 }: { size?: number }) {
  return (
    <div style={{ display: "flex", fontSize: size, fontWeight: 700, color: COLOURS.fg }}>
      <span>on</span>
      <span style={{ color: COLOURS.accent }}>record</span>
    </div>
  );
}

function DemoBadge() {
  return (
    <div style={{ display: "flex", background: COLOURS.demoBg, color: COLOURS.demoFg, fontSize: 22, fontWeight: 700, padding: "4px 12px", borderRadius: 4, letterSpacing: 1 }}>
      DEMO CONTENT
    </div>
  );
}

function Frame({ children, background = COLOURS.bg, stripe = COLOURS.accent }: { children: ReactNode; background?: string; stripe?: string }) {
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background, fontFamily: "Source Serif 4", color: COLOURS.fg }}>
      <div style={{ display: "flex", width: 16, height: "100%", background: stripe }} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "56px 72px 52px 64px" }}>{children}</div>
    </div>
  );
}

export async function articleCardImage(data: ArticleCardData): Promise<ImageResponse> {
  const headline = drawable(data.headline);
  return render(
    <Frame>
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        <div style={{ display: "flex", fontSize: 26, fontWeight: 700, color: COLOURS.accent, letterSpacing: 2, textTransform: "uppercase" }}>{drawable(data.section)}</div>
        {data.demo ? <DemoBadge /> : null}
      </div>
      <div style={{ display: "flex", fontSize: fitFontSize(headline.length, HEADLINE_SIZES, 44), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }}>{headline}</div>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 40, borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 20 }}>
        <div style={{ display: "flex", fontSize: 28, color: COLOURS.muted, flex: 1 }}>{drawable(data.quoted)}</div>
        <Wordmark />
      </div>
    </Frame>,
  );
}

export async function quoteCardImage(data: QuoteCardData): Promise<ImageResponse> {
  const [tint, ink] = SPEAKER_COLOURS[data.colour % SPEAKER_COLOURS.length] ?? SPEAKER_COLOURS[0]!;
  const text = `“${drawable(data.text)}”`;
  return render(
    <Frame background={tint} stripe={ink}>
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        <div style={{ display: "flex", fontSize: 24, fontWeight: 700, color: ink, letterSpacing: 2, textTransform: "uppercase" }}>On record</div>
        {data.demo ? <DemoBadge /> : null}
      </div>
      <div style={{ display: "flex", fontSize: fitFontSize(text.length, QUOTE_SIZES, 38), lineHeight: 1.2 }}>{text}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: ink }}>{`— ${drawable(data.speaker)}`}</div>
        {data.role ? <div style={{ display: "flex", fontSize: 26, color: COLOURS.muted }}>{drawable(data.role)}</div> : null}
        <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 40, marginTop: 14, borderTop: `2px solid ${ink}`, paddingTop: 16 }}>
          <div style={{ display: "flex", fontSize: 24, color: COLOURS.fg, flex: 1 }}>{drawable(data.headline)}</div>
          <Wordmark size={30} />
        </div>
      </div>
    </Frame>,
  );
}

export async function siteCardImage(): Promise<ImageResponse> {
  return render(
    <Frame>
      <Wordmark size={120} />
      <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>Who said what, in every story.</div>
      <div style={{ display: "flex", fontSize: 30, color: COLOURS.muted }}>Every quotation highlighted and attributed to the person or organisation who said it.</div>
    </Frame>,
  );
}
