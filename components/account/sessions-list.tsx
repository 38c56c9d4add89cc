"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { formatDateTime } from "@/components/ui/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useApi } from "@/components/ui/use-api";
import { describeUserAgent } from "./user-agent";

type Session = { id: string; ipAddress: string | null; userAgent: string | null; createdAt: string; updatedAt: string; expiresAt: string; current: boolean };

export function SessionsList() {
  const router = useRouter();
  const { data, error, loading, reload } = useApi<{ data: Session[] }>("/me/sessions");
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const sessions = data?.data ?? [];
  const others = sessions.filter((s) => !s.current).length;

  async function revoke(target: Session | "others") {
    setBusy(target === "others" ? "others" : target.id);
    setActionError(null);
    try {
      await api(target === "others" ? "/me/sessions" : `/me/sessions/${target.id}`, { method: "DELETE" });
      if (target !== "others" && target.current) {
        router.replace("/sign-in");
        router.refresh();
        return;
      }
      await reload();
    } catch (caught) {
      setActionError(errorMessage(caught));
    }
    setBusy(null);
  }

  return (
    <div className="space-y-3">
      {error || actionError ? <Alert tone="error">{actionError ?? error}</Alert> : null}
      {loading && !data ? <p className="text-sm text-muted-foreground">Loading sessions…</p> : null}
      {sessions.length > 0 ? (
        <Table>
          <caption className="sr-only">Active sessions</caption>
          <THead>
            <Tr>
              <Th>Device</Th>
              <Th className="hidden sm:table-cell">IP address</Th>
              <Th className="hidden md:table-cell">Last active</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {sessions.map((session) => (
              <Tr key={session.id}>
                <Td>
                  {describeUserAgent(session.userAgent)} {session.current ? <Badge className="ml-1">This device</Badge> : null}
                </Td>
                <Td className="hidden text-muted-foreground sm:table-cell">{session.ipAddress ?? "—"}</Td>
                <Td className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{formatDateTime(session.updatedAt)}</Td>
                <Td className="text-right">
                  <Button size="sm" variant="ghost" loading={busy === session.id} disabled={busy !== null} onClick={() => revoke(session)}>
                    {session.current ? "Sign out" : "Revoke"}
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      <Button variant="secondary" onClick={() => revoke("others")} loading={busy === "others"} disabled={busy !== null || others === 0}>
        Sign out everywhere else
      </Button>
    </div>
  );
}
