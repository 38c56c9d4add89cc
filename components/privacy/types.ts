/**
 * What the privacy routes answer, as the browser receives it (dates are ISO strings). Written out
 * rather than inferred from lib/privacy/responses.ts, whose zod schemas speak of `Date`s.
 */
export type RequestStatus = "pending" | "running" | "completed" | "failed" | "expired" | "scheduled" | "held" | "canceled" | "purged";
export type RequestType = "export" | "deletion" | "tenant_export" | "tenant_deletion";

/** One row of `GET /privacy/requests`. */
export type PrivacyRequest = {
  id: string;
  type: RequestType;
  status: RequestStatus;
  /** Percent done while an export is built. */
  progress: number;
  createdAt: string;
  completedAt: string | null;
  scheduledFor: string | null;
  /** A signed link (root-relative or absolute) once an export is completed and still kept. */
  downloadUrl?: string;
};

export type ConsentType = "terms" | "privacy" | "analytics" | "marketing_email" | "marketing_cookies";

/** One type's latest decision (`GET /privacy/consents`). */
export type ConsentState = { type: ConsentType; version: string; granted: boolean; at: string };

export type ConsentList = { data: ConsentState[]; pendingAcceptance: ConsentType[] };

/** Whether a request is still being worked on: its row shows a progress bar and the list is polled. */
export const isBuilding = (request: Pick<PrivacyRequest, "status">) => request.status === "pending" || request.status === "running";
