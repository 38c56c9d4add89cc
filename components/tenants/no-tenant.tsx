import { useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import { CreateTenantForm } from "./create-tenant-form";

/** Shown where a page needs a tenant and the user has none (left them all, or just verified). */
export function NoTenant() {
  const t = useTranslations("tenants.noTenant");
  return (
    <Card className="max-w-lg">
      <CardHeader title={t("title")} description={t("description")} />
      {/* An account that signed up with an invited address joins nothing until it proves the address. */}
      <p className="mb-4 text-sm text-muted-foreground">
        {t("invited")}
      </p>
      <CreateTenantForm />
    </Card>
  );
}
