export { withTenant, systemContext, type TenantContext, type UserContext } from "./context";
export { findMembership, listUserTenants, type Membership } from "./membership";
export { createTenant, createOwnTenant, getTenant, updateTenant, deleteTenant, tenantName, tenantSlug } from "./tenants";
export { listMembers, changeMemberRole, removeMember, transferOwnership } from "./members";
export {
  listInvitations,
  createInvitation,
  resendInvitation,
  cancelInvitation,
  describeInvitation,
  listInvitationsForUser,
  respondToInvitation,
  invitationUrl,
} from "./invitations";
export { provisionTenantsForUser } from "./provision";
