import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { segmentMembers, segmentProperties, segments } from "@/db/schema/segments";
import { tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import type { PageParams } from "@/lib/http/pagination";
import { page } from "@/lib/http/pagination";
import { installedSegmentFields } from "@/lib/manifest/assembled";
import type { UserContext } from "@/lib/tenants/context";
import { segmentsError } from "./catalog";
import { computeSegment } from "./compute";
import { checkConditions, opsByType, type createSegmentInput, type SegmentCondition, type SegmentSubject, type updateSegmentInput } from "./definition";

type StoredSegment = typeof segments.$inferSelect;

export function toSegmentResponse(row: StoredSegment) {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    subject: row.subject,
    conditions: row.conditions as SegmentCondition[],
    memberCount: row.memberCount,
    computedAt: row.computedAt,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** 422 `validation_failed` naming each condition the installed fields cannot answer (`conditions.0.op`). */
function assertConditions(subject: SegmentSubject, conditions: readonly SegmentCondition[]) {
  const checked = checkConditions(subject, conditions, installedSegmentFields());
  if (!checked.success) throw errors.validation(Object.fromEntries(checked.error.issues.map((issue) => [["conditions", ...issue.path].join("."), issue.message])));
}

/**
 * Creates a segment and computes its members at once (so the admin sees the count, and the
 * members' `segment.entered` events go out now rather than at the next cron). 409 for a taken key.
 */
export async function createSegment(admin: UserContext, input: z.output<typeof createSegmentInput>) {
  assertConditions(input.subject, input.conditions);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(segments)
      .values({ key: input.key, name: input.name, description: input.description ?? "", subject: input.subject, conditions: input.conditions })
      .onConflictDoNothing()
      .returning();
    if (!created) throw segmentsError("segment_exists", `A segment named ${input.key} exists already (archived segments keep their key).`);
    await recordAudit(tx, { action: "segments.segment_created", actorId: admin.userId, targetType: "segment", targetId: input.key, data: { subject: input.subject, conditions: input.conditions } });
  });
  await computeSegment(input.key);
  return getSegment(input.key);
}

/** Renames, re-describes, changes the conditions of, archives or restores a segment, then recomputes it; audited. */
export async function updateSegment(admin: UserContext, key: string, input: z.output<typeof updateSegmentInput>) {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(segments).where(eq(segments.key, key)).for("update");
    if (!current) throw segmentsError("segment_not_found", `No segment is named ${key}.`);
    if (input.conditions) assertConditions(current.subject as SegmentSubject, input.conditions);
    const archivedAt = input.archived === undefined ? current.archivedAt : input.archived ? (current.archivedAt ?? new Date()) : null;
    const [updated] = await tx
      .update(segments)
      .set({ name: input.name ?? current.name, description: input.description ?? current.description, conditions: input.conditions ?? current.conditions, archivedAt })
      .where(eq(segments.key, key))
      .returning();
    const action = input.archived === true && !current.archivedAt ? "segments.segment_archived" : input.archived === false && current.archivedAt ? "segments.segment_restored" : "segments.segment_updated";
    await recordAudit(tx, { action, actorId: admin.userId, targetType: "segment", targetId: key, data: { before: toSegmentResponse(current), after: toSegmentResponse(updated!) } });
  });
  await computeSegment(key);
  return getSegment(key);
}

export async function getSegment(key: string) {
  const [row] = await db.select().from(segments).where(eq(segments.key, key));
  if (!row) throw segmentsError("segment_not_found", `No segment is named ${key}.`);
  return toSegmentResponse(row);
}

export async function listSegments() {
  return (await db.select().from(segments).orderBy(asc(segments.key))).map(toSegmentResponse);
}

/** A page of a segment's members, by id, with the user's email or the tenant's name. */
export async function listMembers(key: string, params: PageParams) {
  const segment = await getSegment(key);
  const label = segment.subject === "user" ? sql<string | null>`(select ${users.email} from ${users} where ${users.id} = ${segmentMembers.subjectId})` : sql<string | null>`(select ${tenants.name} from ${tenants} where ${tenants.id} = ${segmentMembers.subjectId})`;
  const rows = await db
    .select({ id: segmentMembers.subjectId, label, enteredAt: segmentMembers.enteredAt })
    .from(segmentMembers)
    .where(and(eq(segmentMembers.segmentKey, key), params.cursor ? gt(segmentMembers.subjectId, params.cursor) : undefined))
    .orderBy(asc(segmentMembers.subjectId))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

/** A cell as CSV: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Every member as CSV (`id,label,entered_at`), read in pages of 1,000 so a large segment streams in bounded memory. */
export async function* membersCsv(key: string): AsyncGenerator<string> {
  await getSegment(key);
  yield "id,label,entered_at\r\n";
  let cursor: string | undefined;
  for (;;) {
    const { data, nextCursor } = await listMembers(key, { cursor, limit: 1000 });
    if (data.length > 0) yield data.map((m) => [m.id, m.label ?? "", m.enteredAt.toISOString()].map(csvCell).join(",")).join("\r\n") + "\r\n";
    if (!nextCursor) return;
    cursor = nextCursor;
  }
}

/** The live segments a user or a tenant is in (the segments port: flag rules ask it). */
export async function membershipsOf(input: { userId?: string | null; tenantId?: string | null }): Promise<string[]> {
  const ids = [input.userId, input.tenantId].filter((id): id is string => Boolean(id));
  if (ids.length === 0) return [];
  const rows = await db
    .select({ key: segmentMembers.segmentKey })
    .from(segmentMembers)
    .innerJoin(segments, eq(segments.key, segmentMembers.segmentKey))
    .where(and(sql`${segmentMembers.subjectId} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`, isNull(segments.archivedAt)));
  return [...new Set(rows.map((r) => r.key))].sort();
}

/**
 * Sets a custom property of a user or a tenant, which segments filter on as `user.property` or
 * `tenant.property` with the key as param (e.g. `country`, `industry`). Call it from your own code
 * where you learn the value; `null` removes it.
 */
export async function setSegmentProperty(subjectId: string, key: string, value: string | null): Promise<void> {
  if (value === null) {
    await db.delete(segmentProperties).where(and(eq(segmentProperties.subjectId, subjectId), eq(segmentProperties.key, key)));
    return;
  }
  await db
    .insert(segmentProperties)
    .values({ subjectId, key, value })
    .onConflictDoUpdate({ target: [segmentProperties.subjectId, segmentProperties.key], set: { value, updatedAt: new Date() } });
}

/** `POST /platform/segments/:key/compute`: the computation's counts, 404 for an unknown segment. */
export async function computeNow(key: string) {
  const result = await computeSegment(key);
  if (!result) throw segmentsError("segment_not_found", `No segment is named ${key}.`);
  return result;
}

/** The installed fields with the operators each takes, for the admin page and `GET /platform/segments/fields`. */
export function fieldCatalog() {
  return [...installedSegmentFields().values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => ({ id: f.id, subject: f.subject, type: f.type, description: f.description, param: f.param ?? null, ops: [...opsByType[f.type], "isSet", "isNotSet"] }));
}
