"use client";

import { useApi } from "@/components/ui/use-api";

const limit = 100;

/** The active tenant's live project count ("100+" past one page). */
export function ProjectCount({ tenantId }: { tenantId: string }) {
  const { data, error } = useApi<{ data: unknown[]; nextCursor: string | null }>(`/projects?limit=${limit}`, { tenantId });
  if (error) return <span className="text-muted-foreground">—</span>;
  // An ellipsis, like the dash above: a symbol for "not yet", not a word to translate.
  if (!data) return <span className="text-muted-foreground">{"…"}</span>;
  return <span>{data.nextCursor ? `${limit}+` : data.data.length}</span>;
}
