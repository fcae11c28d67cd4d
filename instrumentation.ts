/** Run once by Next.js as the server starts. */
export async function register() {
  // The gate wraps Node's HTTP server; there is none in the edge runtime.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installMissNotShared, installRequestGate } = await import("./lib/http/install-gate");
    installRequestGate();
    installMissNotShared();
    // Read the published site now rather than on the first reader's request: at 100,000 articles it takes seconds.
    if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.NODE_ENV === "production") {
      const { getSite } = await import("./lib/site/get-site");
      setImmediate(() => {
        try {
          getSite();
        } catch (err) {
          console.error("onrecord: could not read the published site at start; pages will try again", err);
        }
      });
    }
  }
}
