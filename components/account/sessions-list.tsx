"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useApi } from "@/components/ui/use-api";
import { describeUserAgent } from "./user-agent";

type Session = { id: string; ipAddress: string | null; userAgent: string | null; createdAt: string; updatedAt: string; expiresAt: string; current: boolean };

export function SessionsList() {
  const describeError = useErrorMessage();
  const t = useTranslations("account.sessions");
  const format = useFormatter();
  const router = useRouter();
  const { data, error, loading, reload } = useApi<{ data: Session[] }>("/me/sessions");
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const sessions = data?.data ?? [];
  const others = sessions.filter((s) => !s.current).length;

  /** "Chrome on macOS", in the user's language. */
  function deviceName(userAgent: string | null): string {
    const device = describeUserAgent(userAgent);
    if (!device) return t("unknownDevice");
    const browser = "name" in device.client ? device.client.name : t(`clients.${device.client.kind}`);
    return device.os ? t("deviceOn", { browser, os: device.os }) : browser;
  }

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
      setActionError(describeError(caught));
    }
    setBusy(null);
  }

  return (
    <div className="space-y-3">
      {error || actionError ? <Alert tone="error">{actionError ?? error}</Alert> : null}
      {loading && !data ? <p className="text-sm text-muted-foreground">{t("loading")}</p> : null}
      {sessions.length > 0 ? (
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("device")}</Th>
              <Th className="hidden sm:table-cell">{t("ip")}</Th>
              <Th className="hidden md:table-cell">{t("lastActive")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {sessions.map((session) => (
              <Tr key={session.id}>
                <Td>
                  {deviceName(session.userAgent)} {session.current ? <Badge className="ml-1">{t("thisDevice")}</Badge> : null}
                </Td>
                <Td className="hidden text-muted-foreground sm:table-cell">{session.ipAddress ?? "—"}</Td>
                <Td className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{format.dateTime(new Date(session.updatedAt), "dateTime")}</Td>
                <Td className="text-right">
                  <Button size="sm" variant="ghost" loading={busy === session.id} disabled={busy !== null} onClick={() => revoke(session)}>
                    {t(session.current ? "signOut" : "revoke")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      <Button variant="secondary" onClick={() => revoke("others")} loading={busy === "others"} disabled={busy !== null || others === 0}>
        {t("signOutOthers")}
      </Button>
    </div>
  );
}
