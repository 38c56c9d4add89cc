import { Card, CardHeader } from "@/components/ui/card";
import { CreateTenantForm } from "./create-tenant-form";

/** Shown where a page needs a tenant and the user has none (left them all, or just verified). */
export function NoTenant() {
  return (
    <Card className="max-w-lg">
      <CardHeader title="Create your first tenant" description="A tenant holds your team's members and projects." />
      {/* An account that signed up with an invited address joins nothing until it proves the address. */}
      <p className="mb-4 text-sm text-muted-foreground">
        Invited to a team? Open the link in the invitation email, or verify your email address, and you join it.
      </p>
      <CreateTenantForm />
    </Card>
  );
}
