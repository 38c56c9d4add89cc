import { getTranslations } from "next-intl/server";
import { access, can } from "@/lib/app";
import { ApiKeysView } from "@/components/api-keys/api-keys-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("api-keys.page");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  const { activeTenant } = await loadDashboard("/dashboard/api-keys");
  if (!activeTenant) return <NoTenant />;
  const { role } = activeTenant;
  const beyond = new Set(access.scopesBeyondRole(role, access.scopes));
  const [t, tenants] = await Promise.all([getTranslations("api-keys"), getTranslations("tenants")]);
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description", { tenant: activeTenant.name })} />
      {can(role, { apiKey: ["read"] }) ? (
        <ApiKeysView
          key={activeTenant.id}
          tenantId={activeTenant.id}
          role={role}
          permissions={{ create: can(role, { apiKey: ["create"] }), update: can(role, { apiKey: ["update"] }), delete: can(role, { apiKey: ["delete"] }) }}
          grantableScopes={access.scopes.filter((scope) => !beyond.has(scope))}
        />
      ) : (
        <Alert tone="info">{t("page.cannotRead", { role: tenants(`rolesInline.${role}`) })}</Alert>
      )}
    </>
  );
}
