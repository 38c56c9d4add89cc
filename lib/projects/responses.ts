import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** A project as the projects routes answer it. */
export const projectResponse = z.object({
  id: z.string().describe("proj_…"),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable().describe("Set while the project is in the trash."),
});

export type ProjectResponse = ResponseOf<typeof projectResponse>;

/** A guest added to a project, as `GET /projects/:projectId/members` lists them. */
export const projectGuestResponse = z.object({
  id: z.string().describe("pmem_…: this project membership"),
  userId: z.string().describe("usr_…"),
  name: z.string(),
  email: z.string(),
  role: z.string().describe("Their role in the tenant: guest, unless it changed since they were added."),
  addedBy: z.string().nullable().describe("usr_… of whoever added them; null for an API key or a deleted user."),
  createdAt: timestamp,
});

export type ProjectGuestResponse = ResponseOf<typeof projectGuestResponse>;
