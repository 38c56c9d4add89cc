import { z } from "zod";
import { pageOf, timestamp } from "@/lib/http/response";
import { segmentCondition, segmentSubjects } from "./definition";

export const segmentResponse = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  subject: z.enum(segmentSubjects),
  conditions: z.array(segmentCondition),
  memberCount: z.number().int().describe("Members at the last computation."),
  computedAt: timestamp.nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const segmentListResponse = z.object({ data: z.array(segmentResponse) });

export const segmentMembersResponse = pageOf(z.object({ id: z.string().describe("The user's or tenant's id."), label: z.string().nullable().describe("The user's email or the tenant's name."), enteredAt: timestamp }));

export const segmentFieldsResponse = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      subject: z.enum(segmentSubjects),
      type: z.enum(["number", "text", "date", "list"]),
      description: z.string(),
      param: z.string().nullable(),
      ops: z.array(z.string()),
    }),
  ),
});

export const computeResponse = z.object({ key: z.string(), entered: z.number().int(), exited: z.number().int(), members: z.number().int() });

/** `GET /platform/segments/:key/export`, described for the API docs: the answer is CSV. */
export const segmentCsvResponse = z.string().describe("text/csv: a header `id,label,entered_at`, then one row per member, by id.");
