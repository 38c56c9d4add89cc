// Next.js calls register() once per server process before it serves requests.
export async function register() {
  // Traces, on both runtimes, only when a collector is named (content/docs/modules/metrics.mdx).
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "keel" });
  }
  // Errors to Sentry, on both runtimes, only when a DSN is set (lib/observability/report.ts).
  if (process.env.SENTRY_DSN) {
    const [Sentry, { sentryOptions }] = await Promise.all([import("@sentry/nextjs"), import("./lib/observability/sentry-options")]);
    Sentry.init(sentryOptions(process.env.SENTRY_DSN));
  }
  // Read process.env here, not through lib/runtime: Next.js replaces this literal per runtime and
  // drops the Node-only import below from the edge bundle (which cannot load argon2 or PGlite).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootServer } = await import("./lib/app/boot");
  await bootServer();
}

/**
 * Next.js reports here what route() never sees: a page or layout that throws while rendering. The
 * error's digest is the reference the error page shows (each route group's error.tsx), so it goes with it into
 * the error store (or Sentry), where an admin can find it from what a user quotes.
 */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routePath?: string; routeType?: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureException } = await import("./lib/observability");
  const digest = (error as { digest?: unknown }).digest;
  captureException(error, { digest: typeof digest === "string" ? digest : undefined, method: request.method, path: request.path.split("?")[0], route: context.routePath, kind: context.routeType });
}
