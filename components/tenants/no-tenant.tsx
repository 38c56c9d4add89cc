import { Card, CardHeader } from "@/components/ui/card";
import { CreateTenantForm } from "./create-tenant-form";

/** Shown where a page needs a tenant and the user has none (left them all, or just verified). */
export function NoTenant() {
  return (
    <Card className="max-w-lg">
      <CardHeader title="Create your first tenant" description="A tenant holds your team's members and projects." />
      <CreateTenantForm />
    </Card>
  );
}
