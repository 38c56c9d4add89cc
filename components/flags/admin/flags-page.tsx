import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listFlags } from "@/lib/flags/store";
import { FlagEditor, NewFlagForm } from "./flag-forms";

/** `/admin/flags`: every flag with its rules as JSON to edit, archive, and preview for a user or tenant. */
export async function FlagsAdminPage() {
  const [flags, t] = await Promise.all([listFlags(), getTranslations("flags.admin")]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("new")} />
        <NewFlagForm />
      </Card>
      {flags.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
      {flags.map((flag) => (
        <Card key={flag.key} data-testid="flag" data-key={flag.key}>
          <CardHeader title={`${flag.key}${flag.archived ? ` (${t("archived")})` : ""}`} description={flag.description || undefined} />
          <FlagEditor flag={{ key: flag.key, type: flag.type, archived: flag.archived, defaultValue: flag.defaultValue, rules: flag.rules, environments: flag.environments }} />
        </Card>
      ))}
    </div>
  );
}
