"use client";

import { useEffect, useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { MemberResponse as Member } from "@/lib/tenants/responses";

type Page = { data: Member[]; nextCursor: string | null };

/** Pages a tenant may hold before the picker stops reading (100 members each). */
const maxPages = 20;

/** The tenant's members with the guest role: the people a project can be shared with. */
export function useTenantGuests(tenantId: string): { guests: Member[]; loading: boolean; error: string | null } {
  const describeError = useErrorMessage();
  const [state, setState] = useState<{ tenantId: string; guests: Member[]; failure: { cause: unknown } | null } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const guests: Member[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < maxPages; i++) {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const page: Page = await api<Page>(`/tenants/${tenantId}/members?limit=100${query}`, { tenantId, signal: controller.signal });
        guests.push(...page.data.filter((member) => member.role === "guest"));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return guests;
    })().then(
      (guests) => setState({ tenantId, guests, failure: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setState({ tenantId, guests: [], failure: { cause: caught } });
      },
    );
    return () => controller.abort();
  }, [tenantId]);

  const current = state?.tenantId === tenantId ? state : null;
  return { guests: current?.guests ?? [], loading: current === null, error: current?.failure ? describeError(current.failure.cause) : null };
}
