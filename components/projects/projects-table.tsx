"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ProjectResponse as Project } from "@/lib/projects/responses";

export type ProjectsTableProps = {
  projects: readonly Project[];
  view: "active" | "deleted";
  canEdit: boolean;
  canDelete: boolean;
  /** Show the "Guests" action (who outside the team may see a project). @default false */
  canShare?: boolean;
  busyId: string | null;
  onEdit: (project: Project) => void;
  onDelete: (project: Project) => void;
  onRestore: (project: Project) => void;
  onGuests?: (project: Project) => void;
};

export function ProjectsTable({ projects, view, canEdit, canDelete, canShare = false, busyId, onEdit, onDelete, onRestore, onGuests }: ProjectsTableProps) {
  const t = useTranslations("projects.table");
  const format = useFormatter();
  const showActions = view === "active" ? canEdit || canDelete || canShare : canDelete;
  return (
    <Table stack>
      <caption className="sr-only">{t(view === "active" ? "captionActive" : "captionDeleted")}</caption>
      <THead>
        <Tr>
          <Th>{t("name")}</Th>
          <Th className="hidden sm:table-cell">{t("description")}</Th>
          <Th>{t(view === "active" ? "created" : "deleted")}</Th>
          {showActions ? (
            <Th>
              <span className="sr-only">{t("actions")}</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {projects.map((project) => (
          <Tr key={project.id}>
            <Td className="font-medium">{project.name}</Td>
            <Td className="hidden max-w-xs truncate text-muted-foreground sm:table-cell">{project.description || "—"}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{format.dateTime(new Date(project.deletedAt ?? project.createdAt), "date")}</Td>
            {showActions ? (
              <Td className="text-right">
                <div className="flex justify-end gap-2">
                  {view === "active" && canEdit ? (
                    <Button size="sm" variant="secondary" onClick={() => onEdit(project)} aria-label={t("editLabel", { name: project.name })}>
                      {t("edit")}
                    </Button>
                  ) : null}
                  {view === "active" && canShare && onGuests ? (
                    <Button size="sm" variant="secondary" onClick={() => onGuests(project)} aria-label={t("guestsLabel", { name: project.name })}>
                      {t("guests")}
                    </Button>
                  ) : null}
                  {view === "active" && canDelete ? (
                    <Button size="sm" variant="ghost" onClick={() => onDelete(project)} aria-label={t("deleteLabel", { name: project.name })}>
                      {t("delete")}
                    </Button>
                  ) : null}
                  {view === "deleted" ? (
                    <Button size="sm" variant="secondary" loading={busyId === project.id} onClick={() => onRestore(project)} aria-label={t("restoreLabel", { name: project.name })}>
                      {t("restore")}
                    </Button>
                  ) : null}
                </div>
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
