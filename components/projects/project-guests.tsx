"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { ApiError, api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { LoadMore } from "@/components/ui/load-more";
import { Select } from "@/components/ui/select";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { ProjectGuestResponse as Guest, ProjectResponse as Project } from "@/lib/projects/responses";
import { useTenantGuests } from "./use-tenant-guests";

export type ProjectGuestsProps = { tenantId: string; project: Project };

/** Who of the tenant's guests may see one project: the list, an add form, a remove button each. */
export function ProjectGuests({ tenantId, project }: ProjectGuestsProps) {
  const describeError = useErrorMessage();
  const t = useTranslations("projects.guests");
  const tenants = useTranslations("tenants");
  const path = `/projects/${project.id}/members`;
  const added = usePagedList<Guest>(`${path}?limit=100`, { tenantId });
  const tenantGuests = useTenantGuests(tenantId);
  const [selected, setSelected] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const form = useRef<HTMLFormElement>(null);

  const addedIds = new Set(added.items.map((guest) => guest.userId));
  const available = tenantGuests.guests.filter((guest) => !addedIds.has(guest.userId));

  /** Runs an add or a remove; true when it succeeded. */
  async function change(key: string, action: () => Promise<unknown>, done: string): Promise<boolean> {
    setPending(key);
    setError(null);
    setFieldError(undefined);
    let ok = false;
    try {
      await action();
      setStatus(done);
      added.reload();
      ok = true;
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.userId) setFieldError(caught.fields.userId);
      else setError(describeError(caught));
    }
    setPending(null);
    // The button that was used may be gone (a removed row) or disabled (nobody left to add): keep
    // focus in the dialog, on the picker, which stays enabled for that reason.
    form.current?.querySelector("select")?.focus();
    return ok;
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const guest = available.find((g) => g.userId === selected);
    if (!guest) {
      setFieldError(t("chooseGuest"));
      return;
    }
    void change("add", () => api(path, { method: "POST", tenantId, body: { userId: guest.userId } }), t("added", { name: guest.name, project: project.name })).then((ok) => {
      if (ok) setSelected("");
    });
  }

  const remove = (guest: Guest) =>
    change(guest.userId, () => api(`${path}/${guest.userId}`, { method: "DELETE", tenantId }), t("removed", { name: guest.name, project: project.name }));

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {added.error ? <Alert tone="error">{added.error}</Alert> : null}
      <p role="status" className="sr-only">
        {status}
      </p>
      <section aria-labelledby={`${project.id}-guests`} className="space-y-2">
        <h3 id={`${project.id}-guests`} className="text-sm font-medium">
          {t("heading")}
        </h3>
        {added.items.length > 0 ? (
          <ul className="divide-y divide-border rounded-md border border-border">
            {added.items.map((guest) => (
              <li key={guest.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{guest.name}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {guest.email}
                    {guest.role !== "guest" ? ` ${t("promoted", { role: tenants(`rolesInline.${guest.role}`) })}` : ""}
                  </p>
                </div>
                <Button size="sm" variant="ghost" loading={pending === guest.userId} onClick={() => remove(guest)} aria-label={t("removeLabel", { name: guest.name, project: project.name })}>
                  {t("remove")}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{added.loading ? t("loading") : t("empty")}</p>
        )}
        <LoadMore list={added} />
      </section>
      <form ref={form} onSubmit={add} className="space-y-3" noValidate>
        {tenantGuests.error ? <Alert tone="error">{tenantGuests.error}</Alert> : null}
        <Field
          label={t("addLabel")}
          error={fieldError}
          hint={
            !tenantGuests.loading && tenantGuests.guests.length === 0 ? (
              t.rich("noGuests", {
                link: (chunks) => (
                  <Link href="/dashboard/team" className="underline">
                    {chunks}
                  </Link>
                ),
              })
            ) : (
              t("hint")
            )
          }
        >
          {(control) => (
            <Select
              {...control}
              value={selected}
              disabled={tenantGuests.loading}
              onChange={(event) => setSelected(event.target.value)}
              options={[
                { value: "", label: tenantGuests.loading ? t("loading") : available.length ? t("choose") : t("allAdded") },
                ...available.map((guest) => ({ value: guest.userId, label: `${guest.name} (${guest.email})` })),
              ]}
            />
          )}
        </Field>
        <div className="flex justify-end">
          <Button type="submit" loading={pending === "add"} disabled={available.length === 0}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
