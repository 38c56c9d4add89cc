"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ApiKeyResponse as ApiKeySummary } from "@/lib/api-keys/responses";

export type ApiKeysTableProps = {
  keys: readonly ApiKeySummary[];
  canRevoke: boolean;
  onRevoke: (key: ApiKeySummary) => void;
};

export function ApiKeysTable({ keys, canRevoke, onRevoke }: ApiKeysTableProps) {
  return (
    <Table>
      <caption className="sr-only">API keys</caption>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th className="hidden md:table-cell">Scopes</Th>
          <Th className="hidden sm:table-cell">Last used</Th>
          <Th>Created</Th>
          {canRevoke ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {keys.map((key) => (
          <Tr key={key.id}>
            <Td className="font-medium">
              <span className="mr-2">{key.name}</span>
              <Badge className={key.environment === "live" ? "border-success/40 text-success" : undefined}>{key.environment}</Badge>
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs text-muted-foreground">{key.start}…</Td>
            <Td className="hidden max-w-xs md:table-cell">
              <span className="font-mono text-xs text-muted-foreground">{key.scopes.length ? key.scopes.join(", ") : "none"}</span>
            </Td>
            <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{formatDate(key.createdAt)}</Td>
            {canRevoke ? (
              <Td className="text-right">
                <Button size="sm" variant="ghost" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                  Revoke
                </Button>
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
