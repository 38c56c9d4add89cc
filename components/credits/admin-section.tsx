import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listCredits } from "@/lib/credits";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { AdjustCreditsForm } from "./adjust-credits-form";

/** The admin tenant page's credits: balance, the newest ledger entries, and the adjust form. */
export async function CreditsAdminSection({ tenantId }: AdminTenantSectionProps) {
  const [{ balance, data }, t, format] = await Promise.all([listCredits({ tenantId }, { limit: 20 }), getTranslations("credits.admin"), getFormatter()]);
  return (
    <div className="space-y-4">
      <p className="text-sm">{t.rich("balance", { balance, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <AdjustCreditsForm tenantId={tenantId} />
      <Table>
        <THead><Tr><Th>{t("when")}</Th><Th>{t("kind")}</Th><Th>{t("amount")}</Th><Th>{t("balanceAfter")}</Th><Th>{t("reason")}</Th></Tr></THead>
        <TBody>
          {data.map((entry) => (
            <Tr key={entry.id}>
              <Td>{format.dateTime(entry.createdAt, "dateTime")}</Td>
              <Td data-kind={entry.kind}>{t.has(`kinds.${entry.kind}`) ? t(`kinds.${entry.kind}`) : entry.kind}</Td>
              <Td>{format.number(entry.amount, { signDisplay: "exceptZero" })}</Td>
              <Td>{format.number(entry.balanceAfter)}</Td>
              <Td className="max-w-xs truncate">{entry.reason ?? "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
