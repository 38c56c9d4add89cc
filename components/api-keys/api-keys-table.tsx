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
  /** Whether rows offer "Rotate". @default false */
  canRotate?: boolean;
  onRotate?: (key: ApiKeySummary) => void;
};

/** The keys; a revoked one (listed with "show revoked") is marked and offers no action. */
export function ApiKeysTable({ keys, canRevoke, onRevoke, canRotate = false, onRotate }: ApiKeysTableProps) {
  const hasActions = canRevoke || (canRotate && onRotate !== undefined);
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
          {hasActions ? (
            <Th>
              <span className="sr-only">{t("table.actions")}</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {keys.map((key) => (
          <Tr key={key.id} data-revoked={key.revokedAt ? "" : undefined} className={key.revokedAt ? "text-muted-foreground" : undefined}>
            <Td className="font-medium">
              <span className={key.revokedAt ? "mr-2 line-through" : "mr-2"}>{key.name}</span>
              <Badge className={key.environment === "live" ? "border-success/40 text-success" : undefined}>{t(`environment.${key.environment}`)}</Badge>
              {key.revokedAt ? <Badge className="ml-2 whitespace-nowrap border-danger/40 normal-case text-danger">{t("table.revoked", { date: format.dateTime(new Date(key.revokedAt), "date") })}</Badge> : null}
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs text-muted-foreground">
              {`${key.start}…`}
              {key.previousKey && !key.revokedAt ? (
                <span className="block font-sans">{t("table.previousKey", { start: key.previousKey.start, date: format.dateTime(new Date(key.previousKey.expiresAt), "dateTime") })}</span>
              ) : null}
            </Td>
            <Td className="hidden max-w-xs md:table-cell">
              <span className="font-mono text-xs text-muted-foreground">{key.scopes.length ? key.scopes.join(", ") : t("table.noScopes")}</span>
            </Td>
            <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{key.lastUsedAt ? format.dateTime(new Date(key.lastUsedAt), "dateTime") : t("table.never")}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{format.dateTime(new Date(key.createdAt), "date")}</Td>
            {hasActions ? (
              <Td className="whitespace-nowrap text-right">
                {key.revokedAt ? null : (
                  <>
                    {canRotate && onRotate ? (
                      <Button size="sm" variant="ghost" onClick={() => onRotate(key)} aria-label={t("table.rotateNamed", { name: key.name })}>
                        {t("table.rotate")}
                      </Button>
                    ) : null}
                    {canRevoke ? (
                      <Button size="sm" variant="ghost" onClick={() => onRevoke(key)} aria-label={t("table.revokeNamed", { name: key.name })}>
                        {t("table.revoke")}
                      </Button>
                    ) : null}
                  </>
                )}
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
