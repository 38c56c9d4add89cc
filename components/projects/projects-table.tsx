"use client";

import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
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
  const showActions = view === "active" ? canEdit || canDelete || canShare : canDelete;
  return (
    <Table>
      <caption className="sr-only">{view === "active" ? "Projects" : "Deleted projects"}</caption>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th className="hidden sm:table-cell">Description</Th>
          <Th>{view === "active" ? "Created" : "Deleted"}</Th>
          {showActions ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {projects.map((project) => (
          <Tr key={project.id}>
            <Td className="font-medium">{project.name}</Td>
            <Td className="hidden max-w-xs truncate text-muted-foreground sm:table-cell">{project.description || "—"}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{formatDate(project.deletedAt ?? project.createdAt)}</Td>
            {showActions ? (
              <Td className="text-right">
                <div className="flex justify-end gap-2">
                  {view === "active" && canEdit ? (
                    <Button size="sm" variant="secondary" onClick={() => onEdit(project)} aria-label={`Edit ${project.name}`}>
                      Edit
                    </Button>
                  ) : null}
                  {view === "active" && canShare && onGuests ? (
                    <Button size="sm" variant="secondary" onClick={() => onGuests(project)} aria-label={`Guests of ${project.name}`}>
                      Guests
                    </Button>
                  ) : null}
                  {view === "active" && canDelete ? (
                    <Button size="sm" variant="ghost" onClick={() => onDelete(project)} aria-label={`Delete ${project.name}`}>
                      Delete
                    </Button>
                  ) : null}
                  {view === "deleted" ? (
                    <Button size="sm" variant="secondary" loading={busyId === project.id} onClick={() => onRestore(project)} aria-label={`Restore ${project.name}`}>
                      Restore
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
