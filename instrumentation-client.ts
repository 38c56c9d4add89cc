// Next.js runs this in the browser before the app. Sentry loads only when a DSN was set at build
// time (NEXT_PUBLIC_ values are inlined): without one, the import below is dead code and no Sentry
// code ships to the browser.
if (process.env.NEXT_PUBLIC_SENTRY_DSN) {
  const dsn = process.env.NEXT_PUBLIC_SENTRY_DSN;
  void Promise.all([import("@sentry/nextjs"), import("./lib/observability/sentry-options")]).then(([Sentry, { sentryOptions }]) => Sentry.init(sentryOptions(dsn)));
}
