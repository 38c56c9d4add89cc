/**
 * Personal data and secrets out of error text before it is stored or sent: email addresses,
 * bearer tokens and API keys, cookies and `password`/`secret`/`token` values in query strings or
 * JSON. Errors are read by operators, who need the shape of the failure, not whose it was.
 */
export function scrubText(text: string): string {
  return text
    .replace(/[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi, "[email]")
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, "$1 [redacted]")
    .replace(/\b(keel|sk|pk|whsec|tr|phc)_[A-Za-z0-9_]{12,}/g, "[key]")
    .replace(/((?:password|passwd|secret|token|api[_-]?key|authorization|cookie)["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi, "$1[redacted]");
}
