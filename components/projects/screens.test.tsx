import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import type { ProjectResponse } from "@/lib/projects/responses";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { ProjectGuests } from "./project-guests";
import { ProjectsTable } from "./projects-table";
import { ProjectsView } from "./projects-view";

const noop = () => {};
const project = { id: "prj_1", name: "Alpha", description: null, createdAt: "2030-05-01T10:00:00.000Z", deletedAt: null } as unknown as ProjectResponse;

const screens = {
  viewAsViewer: <ProjectsView tenantId="t" role="viewer" permissions={{ create: false, update: false, delete: false }} />,
  viewAsOwner: <ProjectsView tenantId="t" role="owner" permissions={{ create: true, update: true, delete: true }} />,
  table: <ProjectsTable projects={[project]} view="active" canEdit canDelete canShare busyId={null} onEdit={noop} onDelete={noop} onRestore={noop} onGuests={noop} />,
  trash: <ProjectsTable projects={[project]} view="deleted" canEdit canDelete busyId={null} onEdit={noop} onDelete={noop} onRestore={noop} />,
  guests: <ProjectGuests tenantId="t" project={project} />,
} satisfies Record<string, ReactElement>;

describe("the projects screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("name the role in the reader's language", async () => {
    expect(visibleText(await renderInLocale("en", screens.viewAsViewer))).toContain("Your role (viewer) cannot create projects.");
    expect(visibleText(await renderInLocale("de", screens.viewAsViewer))).toContain("Ihre Rolle (Betrachter) kann keine Projekte anlegen.");
  });
});
