"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ProjectResponse as Project } from "@/lib/projects/responses";
import { ProjectGuests } from "./project-guests";

export type ProjectGuestsDialogProps = {
  tenantId: string;
  /** The project whose guests are shown; null keeps the dialog closed. */
  project: Project | null;
  onClose: () => void;
};

/** The "Guests" action of a project row: who outside the team may see it. */
export function ProjectGuestsDialog({ tenantId, project, onClose }: ProjectGuestsDialogProps) {
  const t = useTranslations("projects.guestsDialog");
  return (
    <Dialog
      open={project !== null}
      onClose={onClose}
      title={t("title", { name: project?.name ?? "" })}
      description={t("description")}
    >
      {project ? <ProjectGuests key={project.id} tenantId={tenantId} project={project} /> : null}
      <div className="flex justify-end border-t border-border pt-4">
        <Button variant="secondary" onClick={onClose}>
          {t("done")}
        </Button>
      </div>
    </Dialog>
  );
}
