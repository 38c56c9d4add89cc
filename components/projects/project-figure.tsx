import type { PortalSlotProps } from "@/lib/manifest/define";
import { ProjectCount } from "./project-count";

/** The overview's "Projects" figure (the projects manifest's `portal.overview`). */
export function ProjectFigure({ tenantId }: PortalSlotProps) {
  return <ProjectCount key={tenantId} tenantId={tenantId} />;
}
