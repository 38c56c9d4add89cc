/** The error envelope every Keel route answers with, as a throwable for client components. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** Field path → message, present on 422 validation failures. */
  readonly fields: Record<string, string>;

  constructor(init: { status: number; code: string; message: string; requestId?: string; fields?: Record<string, string> }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fields = init.fields ?? {};
  }
}

export type ApiOptions = {
  /** @default "GET" */
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** Acts on this tenant instead of the session's active one (`X-Tenant-Id`). */
  tenantId?: string;
  signal?: AbortSignal;
};

type Envelope = { error?: { code?: string; message?: string; requestId?: string; fields?: Record<string, string> } };

/** Calls a same-origin Keel route with the session cookie; throws `ApiError` on any non-2xx. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.tenantId) headers["x-tenant-id"] = options.tenantId;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: "network_error", message: "Could not reach the server. Check your connection." });
  }
  const text = await response.text();
  const json: unknown = text ? safeParse(text) : null;
  if (!response.ok) {
    const envelope = (json ?? {}) as Envelope;
    throw new ApiError({
      status: response.status,
      code: envelope.error?.code ?? "http_error",
      message: envelope.error?.message ?? `Request failed (${response.status}).`,
      requestId: envelope.error?.requestId,
      fields: envelope.error?.fields,
    });
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A message for any thrown value, for error banners. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
