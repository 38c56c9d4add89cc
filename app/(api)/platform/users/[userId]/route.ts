import { route } from "@/lib/app";
import { userDetail } from "@/lib/admin/users";
import { adminUserDetailResponse } from "@/lib/admin/responses";
import { errors } from "@/lib/errors";

/** A user with their sessions, tenants, audit trail and the mail sent to them. */
export const GET = route({ auth: "platformAdmin", response: adminUserDetailResponse }, async ({ params }) => {
  const detail = await userDetail(params.userId ?? "");
  if (!detail) throw errors.notFound("User");
  return detail;
});
