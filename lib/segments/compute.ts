import { eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { segmentMembers, segments } from "@/db/schema/segments";
import { defineJob, emitMany } from "@/lib/jobs";
import { installedSegmentFields } from "@/lib/manifest/assembled";
import { membersQuery } from "./compile";
import type { SegmentCondition, SegmentSubject } from "./definition";

export type ComputeResult = { key: string; entered: number; exited: number; members: number };

/**
 * Brings one segment's members up to date in one transaction: inserts who matches now and is not
 * a member, deletes members who no longer match (everyone, for an archived segment), and records
 * a `segment.entered` or `segment.exited` event for each change, in the same transaction. Only
 * changes are written, so a computation that finds nothing new writes nothing but the count.
 *
 * Runs at once are safe: the insert skips rows another run inserted (`on conflict do nothing`
 * returns only its own), the delete returns only rows it deleted, so each entry and exit is one
 * event however many computations overlap.
 */
export async function computeSegment(key: string): Promise<ComputeResult | null> {
  const fields = installedSegmentFields();
  return db.transaction(async (tx) => {
    const [segment] = await tx.select().from(segments).where(eq(segments.key, key));
    if (!segment) return null;
    const subject = segment.subject as SegmentSubject;
    const matching = segment.archivedAt ? sql`select null::text as id where false` : membersQuery(subject, segment.conditions as SegmentCondition[], fields);
    const entered = await tx.execute<{ subject_id: string }>(sql`
      insert into ${segmentMembers} (segment_key, subject_id)
      select ${key}, m.id from (${matching}) m
      on conflict do nothing
      returning subject_id`);
    const exited = await tx.execute<{ subject_id: string }>(sql`
      delete from ${segmentMembers} s
      where s.segment_key = ${key} and not exists (select 1 from (${matching}) m where m.id = s.subject_id)
      returning subject_id`);
    const event = (subjectId: string) => ({ segmentKey: key, subject, subjectId, tenantId: subject === "tenant" ? subjectId : null });
    await emitMany(tx, "segment.entered", entered.rows.map((r) => event(r.subject_id)));
    await emitMany(tx, "segment.exited", exited.rows.map((r) => event(r.subject_id)));
    const [counted] = await tx
      .update(segments)
      .set({ memberCount: sql`(select count(*)::int from ${segmentMembers} where segment_key = ${key})`, computedAt: new Date(), updatedAt: segment.updatedAt })
      .where(eq(segments.key, key))
      .returning({ members: segments.memberCount });
    return { key, entered: entered.rows.length, exited: exited.rows.length, members: counted?.members ?? 0 };
  });
}

/** Every live segment, and archived ones that still have members (they empty out). */
export async function computeAllSegments(): Promise<ComputeResult[]> {
  const live = await db.select({ key: segments.key }).from(segments).where(isNull(segments.archivedAt));
  const archived = await db.selectDistinct({ key: segmentMembers.segmentKey }).from(segmentMembers).innerJoin(segments, eq(segments.key, segmentMembers.segmentKey)).where(sql`${segments.archivedAt} is not null`);
  const results: ComputeResult[] = [];
  for (const { key } of [...live, ...archived]) {
    const result = await computeSegment(key);
    if (result) results.push(result);
  }
  return results;
}

/** Recomputes every segment every ten minutes; the admin page can also compute one now. */
export const computeSegmentsJob = defineJob({
  id: "segments.compute",
  schema: z.object({}),
  cron: "*/10 * * * *",
  run: async () => {
    await computeAllSegments();
  },
});
