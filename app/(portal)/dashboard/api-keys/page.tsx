import type { Metadata } from "next";
import { scopesBeyondRole } from "@/lib/api-keys/grantable";
import { can } from "@/lib/auth/roles";
import { apiKeyScopes } from "@/lib/auth/scopes";
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
  const beyond = new Set(scopesBeyondRole(role, apiKeyScopes));
  return (
    <>
      <PageHeader title="API keys" description={`Keys that act for ${activeTenant.name}. Send one as \`Authorization: Bearer sk_…\`.`} />
      {can(role, { apiKey: ["read"] }) ? (
        <ApiKeysView
          key={activeTenant.id}
          tenantId={activeTenant.id}
          role={role}
          permissions={{ create: can(role, { apiKey: ["create"] }), delete: can(role, { apiKey: ["delete"] }) }}
          grantableScopes={apiKeyScopes.filter((scope) => !beyond.has(scope))}
        />
      ) : (
        <Alert tone="info">{`Your role (${role}) cannot see API keys.`}</Alert>
      )}
    </>
  );
}
