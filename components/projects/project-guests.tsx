"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { ApiError, api, errorMessage } from "@/lib/api-client";
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
      else setError(errorMessage(caught));
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
      setFieldError("Choose a guest to add.");
      return;
    }
    void change("add", () => api(path, { method: "POST", tenantId, body: { userId: guest.userId } }), `${guest.name} can now see ${project.name}.`).then((ok) => {
      if (ok) setSelected("");
    });
  }

  const remove = (guest: Guest) =>
    change(guest.userId, () => api(`${path}/${guest.userId}`, { method: "DELETE", tenantId }), `${guest.name} no longer sees ${project.name}.`);

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {added.error ? <Alert tone="error">{added.error}</Alert> : null}
      <p role="status" className="sr-only">
        {status}
      </p>
      <section aria-labelledby={`${project.id}-guests`} className="space-y-2">
        <h3 id={`${project.id}-guests`} className="text-sm font-medium">
          Added guests
        </h3>
        {added.items.length > 0 ? (
          <ul className="divide-y divide-border rounded-md border border-border">
            {added.items.map((guest) => (
              <li key={guest.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{guest.name}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {guest.email}
                    {guest.role !== "guest" ? ` · now ${guest.role}, sees every project` : ""}
                  </p>
                </div>
                <Button size="sm" variant="ghost" loading={pending === guest.userId} onClick={() => remove(guest)} aria-label={`Remove ${guest.name} from ${project.name}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{added.loading ? "Loading guests…" : "No guests yet: only the team sees this project."}</p>
        )}
        <LoadMore list={added} />
      </section>
      <form ref={form} onSubmit={add} className="space-y-3" noValidate>
        {tenantGuests.error ? <Alert tone="error">{tenantGuests.error}</Alert> : null}
        <Field
          label="Add a guest"
          error={fieldError}
          hint={
            !tenantGuests.loading && tenantGuests.guests.length === 0 ? (
              <>
                This team has no guests. Invite someone with the Guest role on the{" "}
                <Link href="/dashboard/team" className="underline">
                  Team page
                </Link>{" "}
                first.
              </>
            ) : (
              "Guests see only the projects they are added to."
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
                { value: "", label: tenantGuests.loading ? "Loading guests…" : available.length ? "Choose a guest…" : "Every guest is added" },
                ...available.map((guest) => ({ value: guest.userId, label: `${guest.name} (${guest.email})` })),
              ]}
            />
          )}
        </Field>
        <div className="flex justify-end">
          <Button type="submit" loading={pending === "add"} disabled={available.length === 0}>
            Add guest
          </Button>
        </div>
      </form>
    </div>
  );
}
