/** Roles an invitation or a role change may grant (ownership moves only by transfer). */
export const assignableRoleOptions = [
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer" },
  { value: "guest", label: "Guest" },
] as const;
