// Next.js calls register() once per server process before it serves requests.
export async function register() {
  // Traces, on both runtimes, only when a collector is named (content/docs/modules/metrics.mdx).
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "keel" });
  }
  // Read process.env here, not through lib/runtime: Next.js replaces this literal per runtime and
  // drops the Node-only import below from the edge bundle (which cannot load argon2 or PGlite).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootServer } = await import("./lib/app/boot");
  await bootServer();
}
