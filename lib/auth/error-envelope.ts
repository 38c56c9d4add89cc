/**
 * Better Auth answers errors as `{ code, message }`; Keel's routes as `{ error: { code, message,
 * requestId } }`. Its error answers carry both, so a client of the REST contract reads the envelope
 * (`deletion_scheduled` on a sign-in during a deletion's grace period) while Better Auth's own
 * client, which reads the top-level fields, keeps working.
 */
export async function withErrorEnvelope(response: Response, requestId: string): Promise<Response> {
  if (response.status < 400 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { code?: unknown; message?: unknown; error?: unknown } | null;
  if (!body || typeof body.code !== "string" || body.error !== undefined) return response;
  const envelope = { ...body, error: { code: body.code.toLowerCase(), message: typeof body.message === "string" ? body.message : body.code, requestId } };
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(envelope), { status: response.status, statusText: response.statusText, headers });
}
