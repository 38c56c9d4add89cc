import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

/** A project as its events carry it (dates as ISO strings: event data is stored as JSON). */
export const projectEventData = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});

type ProjectRow = { id: string; name: string; description: string | null; createdAt: Date; updatedAt: Date; deletedAt: Date | null };

export function projectEvent(tenantId: string, row: ProjectRow): z.output<typeof projectEventData> {
  return {
    tenantId,
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

const example = {
  tenantId: "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R",
  id: "proj_01JD3ZB1C2D3E4F5G6H7J8K9M0",
  name: "Website redesign",
  description: "Q1 refresh of the marketing site.",
  createdAt: "2026-01-05T09:30:00.000Z",
  updatedAt: "2026-01-05T09:30:00.000Z",
  deletedAt: null,
};

export const projectEvents = {
  "project.created": defineEvent({ description: "A project was created.", schema: projectEventData, example }),
  "project.updated": defineEvent({ description: "A project's name or description changed.", schema: projectEventData, example: { ...example, name: "Website redesign v2", updatedAt: "2026-01-06T10:00:00.000Z" } }),
  "project.deleted": defineEvent({ description: "A project was moved to the trash (it can be restored).", schema: projectEventData, example: { ...example, deletedAt: "2026-01-07T12:00:00.000Z" } }),
  "project.restored": defineEvent({ description: "A project was restored from the trash.", schema: projectEventData, example }),
};
