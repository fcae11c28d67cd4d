// @ts-check
/**
 * The security headers every response carries. CommonJS so that
 * next.config.js (which Next loads with require) and the request gate
 * (lib/http/gate.ts) read the same list.
 *
 * Pages are prerendered, so a per-request nonce is impossible; Next.js's own
 * inline scripts and the theme script need 'unsafe-inline' for scripts.
 * Everything else is locked to this origin, and nothing may frame the site,
 * change its base URL or embed plugins.
 *
 * @param {boolean} dev `next dev` needs eval and a websocket for its reloads.
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(dev) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

module.exports = { securityHeaders };
