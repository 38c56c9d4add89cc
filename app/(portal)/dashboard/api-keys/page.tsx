import type { Metadata } from "next";
import { access, can } from "@/lib/app";
import { ApiKeysView } from "@/components/api-keys/api-keys-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../_lib/load-dashboard";

export const metadata: Metadata = { title: "API keys" };
export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  const { activeTenant } = await loadDashboard("/dashboard/api-keys");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const beyond = new Set(access.scopesBeyondRole(role, access.scopes));
  return (
    <>
      <PageHeader title="API keys" description={`Keys that act for ${activeTenant.name}. Send one as \`Authorization: Bearer sk_…\`.`} />
      {can(role, { apiKey: ["read"] }) ? (
        <ApiKeysView
          key={activeTenant.id}
          tenantId={activeTenant.id}
          role={role}
          permissions={{ create: can(role, { apiKey: ["create"] }), delete: can(role, { apiKey: ["delete"] }) }}
          grantableScopes={access.scopes.filter((scope) => !beyond.has(scope))}
        />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see API keys.`}</Alert>
      )}
    </>
  );
}
