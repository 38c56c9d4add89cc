import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { deactivate, listRequests, requestDeletion, requestExport } from "@/lib/privacy/requests";
import { privacyRequestBody, privacyRequestCreated, privacyRequestListResponse } from "@/lib/privacy/responses";

/** The caller's data requests, newest first; a finished export carries its signed download link. */
export const GET = route({ auth: "session", query: pageQuery, response: privacyRequestListResponse }, ({ user, query }) => listRequests(user, query));

/**
 * Asks for an export of everything kept about the caller (a job builds a ZIP and emails a link), or
 * schedules the account's deletion after the grace period (sessions end at once), or deactivates
 * it (sessions end, nothing is erased, the next sign-in reactivates).
 */
export const POST = route({ auth: "session", body: privacyRequestBody, response: privacyRequestCreated, status: 202 }, ({ user, body }) =>
  body.type === "export" ? requestExport(user) : body.type === "deletion" ? requestDeletion(user, { password: body.password }) : deactivate(user, { password: body.password }),
);
