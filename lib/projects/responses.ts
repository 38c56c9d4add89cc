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
