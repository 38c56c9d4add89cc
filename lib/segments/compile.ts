import { and, sql, type SQL } from "drizzle-orm";
import { users } from "@/db/schema/auth";
import { tenants } from "@/db/schema/tenants";
import type { SegmentField } from "@/lib/manifest/define";
import type { SegmentCondition, SegmentSubject } from "./definition";

const list = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/** One condition as a boolean SQL expression about the subject whose id is `subjectId`. */
function conditionSql(field: SegmentField, c: SegmentCondition, subjectId: SQL): SQL {
  const v = sql`(${field.value(subjectId, c.param ?? "")})`;
  const value = c.value;
  switch (c.op) {
    case "isSet":
      return sql`${v} is not null`;
    case "isNotSet":
      return sql`${v} is null`;
    case "eq":
    case "ne":
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const operator = { eq: "=", ne: "<>", gt: ">", gte: ">=", lt: "<", lte: "<=" }[c.op];
      // Numbers compare as numbers, texts as texts: the parameter's type is said, not guessed.
      const typed = typeof value === "number" ? sql`${v}::numeric ${sql.raw(operator)} ${value}::numeric` : sql`${v}::text ${sql.raw(operator)} ${value}::text`;
      return typed;
    }
    case "in":
      return sql`${v}::text = any(${list(value as string[])})`;
    case "notIn":
      return sql`not (${v}::text = any(${list(value as string[])}))`;
    case "withinDays":
      return sql`${v} >= now() - make_interval(days => ${value}::int)`;
    case "olderThanDays":
      return sql`${v} < now() - make_interval(days => ${value}::int)`;
    case "includes":
      return sql`coalesce(${v} && ${list(value as string[])}, false)`;
    case "excludes":
      return sql`not coalesce(${v} && ${list(value as string[])}, false)`;
  }
}

/**
 * The query for a segment's members now: the ids of every user, or every live tenant, that passes
 * all the conditions (none: everyone). Conditions were checked against `fields` when saved; one
 * whose field has since left with its module matches nobody, so the segment empties rather than
 * widening to everyone.
 */
export function membersQuery(subject: SegmentSubject, conditions: readonly SegmentCondition[], fields: ReadonlyMap<string, SegmentField>): SQL {
  const table = subject === "user" ? users : tenants;
  // The outer row is aliased: a field's subquery over the same table (`select created_at from
  // tenants where id = …`) must correlate with it, not with its own rows.
  const subjectId = sql.raw("subject.id");
  const tests = conditions.map((c) => {
    const field = fields.get(c.field);
    return field && field.subject === subject ? conditionSql(field, c, subjectId) : sql`false`;
  });
  const live = subject === "tenant" ? sql`subject.deleted_at is null` : undefined;
  const where = and(live, ...tests);
  return sql`select subject.id as id from ${table} subject${where ? sql` where ${where}` : sql``}`;
}
