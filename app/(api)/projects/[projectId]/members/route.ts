import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { pageOf } from "@/lib/http/response";
import { addProjectGuest, listProjectGuests, projectGuestInput } from "@/lib/projects/guests";
import { projectGuestResponse } from "@/lib/projects/responses";

/** The project's guests: people outside the tenant with access to this project only. */
export const GET = route(
  { auth: ["session", "apiKey"], permission: { project: ["update"] }, query: pageQuery, response: pageOf(projectGuestResponse) },
  ({ tenant, params, query }) => listProjectGuests(tenant, params.projectId ?? "", query),
);

/** 201 when the guest is added, 200 when they already were. */
export const POST = route(
  { auth: ["session", "apiKey"], permission: { project: ["update"] }, body: projectGuestInput, response: projectGuestResponse, status: 201 },
  async ({ tenant, params, body }) => {
    const { guest, created } = await addProjectGuest(tenant, params.projectId ?? "", body);
    return created ? guest : Response.json(guest, { status: 200 });
  },
);
