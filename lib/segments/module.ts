import * as tables from "@/db/schema/segments";
import { defineModule } from "@/lib/manifest/define";
import { segmentsError } from "./catalog";
import { computeSegmentsJob } from "./compute";
import { segmentEvents } from "./events";
import { segmentPropertyFields } from "./fields";
import { membershipsOf } from "./store";
import { segmentsPersonalData } from "./personal-data";

export default defineModule({
  id: "segments",
  core: false,
  summary: "Saved filters over users or tenants (sign-up date, plan, billing state, role, activity, meter usage, credits, product events, custom properties), recomputed every ten minutes with `segment.entered`/`segment.exited` events through the outbox; flag rules target them; an admin page with members and CSV export.",
  tables,
  jobs: [computeSegmentsJob],
  events: segmentEvents,
  errors: segmentsError.codes,
  auditActions: ["segments.segment_created", "segments.segment_updated", "segments.segment_archived", "segments.segment_restored"],
  segmentFields: segmentPropertyFields,
  provides: { segments: { membershipsOf } },
  personalData: segmentsPersonalData,
  admin: {
    pages: [{ path: "segments", title: "admin.page", order: 125, component: () => import("@/components/segments/admin/segments-page").then((m) => m.SegmentsAdminPage) }],
  },
  owns: {
    routes: ["app/(api)/platform/segments"],
    files: ["components/segments", "seed/segments.ts", "tests/segments.int.test.ts"],
  },
  fixtures: () => import("@/seed/segments").then((m) => m.fixtures),
  removal: "Flag rules naming `segments` match nobody, `segment.entered`/`segment.exited` stop (webhook endpoints subscribed to them receive nothing more), `setSegmentProperty` calls must go, and the Segments page leaves the admin panel. The segments, their members and the custom properties are dropped.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/segments.mdx",
});
