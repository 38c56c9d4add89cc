"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ApiKeyResponse as ApiKeySummary } from "@/lib/api-keys/responses";

export type ApiKeysTableProps = {
  keys: readonly ApiKeySummary[];
  canRevoke: boolean;
  onRevoke: (key: ApiKeySummary) => void;
};

export function ApiKeysTable({ keys, canRevoke, onRevoke }: ApiKeysTableProps) {
  const t = useTranslations("api-keys");
  const format = useFormatter();
  return (
    <Table stack>
      <caption className="sr-only">{t("table.caption")}</caption>
      <THead>
        <Tr>
          <Th>{t("table.name")}</Th>
          <Th>{t("table.key")}</Th>
          <Th className="hidden md:table-cell">{t("table.scopes")}</Th>
          <Th className="hidden sm:table-cell">{t("table.lastUsed")}</Th>
          <Th>{t("table.created")}</Th>
          {canRevoke ? (
            <Th>
              <span className="sr-only">{t("table.actions")}</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {keys.map((key) => (
          <Tr key={key.id}>
            <Td className="font-medium">
              <span className="mr-2">{key.name}</span>
              <Badge className={key.environment === "live" ? "border-success/40 text-success" : undefined}>{t(`environment.${key.environment}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs text-muted-foreground">{`${key.start}…`}</Td>
            <Td className="hidden max-w-xs md:table-cell">
              <span className="font-mono text-xs text-muted-foreground">{key.scopes.length ? key.scopes.join(", ") : t("table.noScopes")}</span>
            </Td>
            <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{key.lastUsedAt ? format.dateTime(new Date(key.lastUsedAt), "dateTime") : t("table.never")}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{format.dateTime(new Date(key.createdAt), "date")}</Td>
            {canRevoke ? (
              <Td className="text-right">
                <Button size="sm" variant="ghost" onClick={() => onRevoke(key)} aria-label={t("table.revokeNamed", { name: key.name })}>
                  {t("table.revoke")}
                </Button>
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
