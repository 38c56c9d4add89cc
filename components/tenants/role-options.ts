import { useTranslations } from "next-intl";
import type { SelectOption } from "@/components/ui/select";

/** Roles an invitation or a role change may grant (ownership moves only by transfer). */
export const assignableRoles = ["admin", "member", "viewer", "guest"] as const;

/** Those roles as select options: the raw role is the value, its name in the user's language the label. */
export function useAssignableRoleOptions(): SelectOption[] {
  const t = useTranslations("tenants");
  return assignableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
