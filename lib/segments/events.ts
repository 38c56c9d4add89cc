import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

const membership = z.object({
  segmentKey: z.string(),
  subject: z.enum(["user", "tenant"]),
  subjectId: z.string(),
  /** The tenant's id for a segment over tenants (so its webhooks receive it); null for one over users. */
  tenantId: z.string().nullable(),
});

export const segmentEvents = {
  "segment.entered": defineEvent({
    description: "A user or a tenant entered a segment: it matched the segment's conditions at a computation and did not at the one before.",
    schema: membership,
    example: { segmentKey: "power-users", subject: "tenant", subjectId: "tnt_01J8ZK3W6Q5V8R2M4N7P9T1X3Y", tenantId: "tnt_01J8ZK3W6Q5V8R2M4N7P9T1X3Y" },
  }),
  "segment.exited": defineEvent({
    description: "A user or a tenant left a segment: it no longer matches (or was deleted, or the segment was archived).",
    schema: membership,
    example: { segmentKey: "power-users", subject: "tenant", subjectId: "tnt_01J8ZK3W6Q5V8R2M4N7P9T1X3Y", tenantId: "tnt_01J8ZK3W6Q5V8R2M4N7P9T1X3Y" },
  }),
};
