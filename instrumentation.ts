/** Run once by Next.js as the server starts. */
export async function register() {
  // The gate wraps Node's HTTP server; there is none in the edge runtime.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installMissNotShared, installRequestGate } = await import("./lib/http/install-gate");
    installRequestGate();
    installMissNotShared();
  }
}
