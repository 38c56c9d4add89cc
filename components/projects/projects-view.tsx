"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { cn, focusRing } from "@/components/ui/cn";
import { usePagedList } from "@/components/ui/use-paged-list";
import { ProjectForm } from "./project-form";
import { ProjectGuestsDialog } from "./project-guests-dialog";
import { ProjectsTable } from "./projects-table";
import type { ProjectResponse as Project } from "@/lib/projects/responses";
import type { ProjectValues } from "./project-form";
import { LoadMore } from "@/components/ui/load-more";

export type ProjectsViewProps = {
  tenantId: string;
  role: string;
  permissions: { create: boolean; update: boolean; delete: boolean };
};

/** Projects of one tenant: create, edit, share with guests, move to trash, and restore from the trash. */
export function ProjectsView({ tenantId, role, permissions }: ProjectsViewProps) {
  const describeError = useErrorMessage();
  const t = useTranslations("projects.view");
  const tenants = useTranslations("tenants");
  const [view, setView] = useState<"active" | "deleted">("active");
  const list = usePagedList<Project>(`/projects?status=${view}`, { tenantId });
  const [editing, setEditing] = useState<Project | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);
  const [sharing, setSharing] = useState<Project | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  async function create(values: ProjectValues) {
    await api("/projects", { method: "POST", tenantId, body: { name: values.name, description: values.description || null } });
    setView("active");
    await list.reload();
  }

  async function update(values: ProjectValues) {
    if (!editing) return;
    await api(`/projects/${editing.id}`, { method: "PATCH", tenantId, body: { name: values.name, description: values.description || null } });
    setEditing(null);
    await list.reload();
  }

  async function run(project: Project, action: () => Promise<unknown>) {
    setBusyId(project.id);
    setActionError(null);
    try {
      await action();
      setDeleting(null);
      await list.reload();
    } catch (caught) {
      setActionError(describeError(caught));
    }
    setBusyId(null);
  }

  const tab = (value: "active" | "deleted") => (
    <button
      type="button"
      role="tab"
      aria-selected={view === value}
      onClick={() => {
        setActionError(null);
        setView(value);
      }}
      className={cn("rounded-md px-3 py-1.5 text-sm font-medium", focusRing, view === value ? "bg-card shadow-sm" : "text-muted-foreground hover:text-foreground")}
    >
      {t(`tabs.${value}`)}
    </button>
  );

  return (
    <div className="space-y-6">
      {permissions.create ? (
        <Card>
          <CardHeader title={t("newProject")} />
          <ProjectForm submitLabel={t("create")} onSubmit={create} resetOnSuccess />
        </Card>
      ) : (
        <Alert tone="info">{t("cannotCreate", { role: tenants(`rolesInline.${role}`) })}</Alert>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="tablist" aria-label={t("statusLabel")} className="inline-flex gap-1 rounded-lg bg-muted p-1">
          {tab("active")}
          {permissions.delete ? tab("deleted") : null}
        </div>
      </div>
      {actionError && !deleting ? <Alert tone="error">{actionError}</Alert> : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <ProjectsTable
          projects={list.items}
          view={view}
          canEdit={permissions.update}
          canDelete={permissions.delete}
          canShare={permissions.update}
          busyId={busyId}
          onEdit={setEditing}
          onDelete={(project) => {
            setActionError(null);
            setDeleting(project);
          }}
          onGuests={setSharing}
          onRestore={(project) => run(project, () => api(`/projects/${project.id}/restore`, { method: "POST", tenantId }))}
        />
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("loading")}
        </p>
      ) : (
        <EmptyState
          title={t(view === "active" ? "empty.activeTitle" : "empty.deletedTitle")}
          description={view === "deleted" ? t("empty.deleted") : permissions.create ? t("empty.canCreate") : role === "guest" ? t("empty.guest") : undefined}
        />
      )}
      <LoadMore list={list} />
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={t("editTitle")}>
        {editing ? (
          <ProjectForm
            key={editing.id}
            initial={{ name: editing.name, description: editing.description ?? "" }}
            submitLabel={t("save")}
            onSubmit={update}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <ProjectGuestsDialog tenantId={tenantId} project={sharing} onClose={() => setSharing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle", { name: deleting?.name ?? "" })}
        description={t("deleteDescription")}
        confirmLabel={t("moveToTrash")}
        busy={deleting !== null && busyId === deleting.id}
        error={deleting ? actionError : null}
        onConfirm={() => deleting && run(deleting, () => api(`/projects/${deleting.id}`, { method: "DELETE", tenantId }))}
      />
    </div>
  );
}
