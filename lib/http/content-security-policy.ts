/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce: Next
 * stamps it on its own scripts when it finds the policy on the request (proxy.ts puts it there),
 * and `'strict-dynamic'` lets those scripts load the chunks they import. An injected `<script>`
 * has no nonce and does not run.
 *
 * Pages that show a user's data (portal, admin, auth pages) render per request
 * (components/site/document.tsx calls `connection()`) so they carry the nonce. The public site
 * (app/[locale]: landing, pricing, docs, blog) prerenders at build, where no nonce can exist: its
 * policy (`nonce: null`) allows the inline scripts Next writes into static HTML. That page holds
 * no user data and reflects no input, and every other directive (frame-ancestors, form-action,
 * connect-src, object-src) stays as strict. Styles allow `'unsafe-inline'`: React's `style`
 * attributes cannot carry a nonce, and injected CSS cannot run code.
 */
export function contentSecurityPolicy(nonce: string | null, options: { development: boolean; https: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'self' is ignored by browsers that understand 'strict-dynamic'; it covers older ones.
    // React's development build evaluates strings for its stack traces: eval in development only.
    "script-src": [
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    // No page of ours may be framed: stops clickjacking on "Delete tenant" and friends.
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (options.https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Headers every response carries, assets included (next.config.ts sets them). `X-Frame-Options`
 * repeats `frame-ancestors` for browsers that predate it. HSTS depends on the deployment's URL at
 * run time, so proxy.ts sends it.
 */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  ];
}
