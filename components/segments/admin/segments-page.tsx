import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { fieldCatalog, listMembers, listSegments } from "@/lib/segments/store";
import { NewSegmentForm, SegmentEditor } from "./segment-forms";

/** How many members each segment's card lists; the CSV export has them all. */
const shownMembers = 10;

/** `/admin/segments`: every segment with its count, first members, conditions to edit, and the fields they can name. */
export async function SegmentsAdminPage() {
  const [segments, t, format] = await Promise.all([listSegments(), getTranslations("segments.admin"), getFormatter()]);
  const members = await Promise.all(segments.map((s) => listMembers(s.key, { limit: shownMembers })));
  const fields = fieldCatalog();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("new")} />
        <NewSegmentForm />
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("fields")}</summary>
          <Table label={t("fields")} className="mt-2">
            <THead>
              <Tr>
                <Th>{t("field")}</Th>
                <Th>{t("type")}</Th>
                <Th>{t("operators")}</Th>
              </Tr>
            </THead>
            <TBody>
              {fields.map((f) => (
                <Tr key={f.id}>
                  <Td>
                    <code className="text-xs">{f.id}</code>
                    {f.param ? <span className="text-xs text-muted-foreground"> ({t("param", { param: f.param })})</span> : null}
                    <p className="text-xs text-muted-foreground">{f.description}</p>
                  </Td>
                  <Td className="text-xs">{f.type}</Td>
                  <Td className="text-xs">{f.ops.join(", ")}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </details>
      </Card>
      {segments.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
      {segments.map((segment, i) => (
        <Card key={segment.key} className="min-w-0" data-testid="segment" data-key={segment.key}>
          <CardHeader
            title={`${segment.name}${segment.archived ? ` (${t("archived")})` : ""}`}
            description={t("summary", { key: segment.key, subject: t(`subjects.${segment.subject}`), count: segment.memberCount, computed: segment.computedAt ? format.relativeTime(segment.computedAt) : t("never") })}
            action={
              <a href={`/platform/segments/${segment.key}/export`} className={buttonClass("secondary", "sm")} download>
                {t("export")}
              </a>
            }
          />
          {members[i]!.data.length > 0 ? (
            <ul className="mb-4 space-y-1 text-sm" aria-label={t("members", { key: segment.key })}>
              {members[i]!.data.map((m) => (
                <li key={m.id} className="break-all">
                  {m.label ?? m.id} <span className="text-xs text-muted-foreground">· {format.relativeTime(m.enteredAt)}</span>
                </li>
              ))}
              {segment.memberCount > shownMembers ? <li className="text-xs text-muted-foreground">{t("more", { count: segment.memberCount - shownMembers })}</li> : null}
            </ul>
          ) : null}
          <SegmentEditor segment={{ key: segment.key, archived: segment.archived, conditions: segment.conditions }} />
        </Card>
      ))}
    </div>
  );
}
