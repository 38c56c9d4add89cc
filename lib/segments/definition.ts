import { z } from "zod";
import type { SegmentField } from "@/lib/manifest/define";

export const segmentSubjects = ["user", "tenant"] as const;
export type SegmentSubject = (typeof segmentSubjects)[number];

/** The comparisons each field type takes; `isSet`/`isNotSet` take no value and fit every type. */
export const opsByType = {
  number: ["eq", "ne", "gt", "gte", "lt", "lte"],
  text: ["eq", "ne", "in", "notIn"],
  date: ["withinDays", "olderThanDays"],
  list: ["includes", "excludes"],
} as const satisfies Record<SegmentField["type"], readonly string[]>;

export const segmentOps = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "notIn", "withinDays", "olderThanDays", "includes", "excludes", "isSet", "isNotSet"] as const;
export type SegmentOp = (typeof segmentOps)[number];

const text = z.string().max(200);

/** One test on one field; a segment's members pass all of its conditions. */
export const segmentCondition = z.object({
  field: z.string().max(100).describe("A segment field's id, e.g. `tenant.plan` (`GET /platform/segments/fields` lists them)."),
  param: z.string().min(1).max(100).optional().describe("For fields that take one: the meter, event or property key."),
  op: z.enum(segmentOps),
  value: z.union([z.number().finite(), text, z.array(text).min(1).max(100)]).optional(),
});
export type SegmentCondition = z.output<typeof segmentCondition>;

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_.-]{0,63}$/, "A key is 1–64 lowercase letters, digits, `_`, `.` or `-`, starting with a letter.")
  // `/platform/segments/fields` is the field catalog's path.
  .refine((k) => k !== "fields", "`fields` is reserved.")
  .describe("What flag rules name in `segments`; never reused, even after archiving.");

export const createSegmentInput = z.object({
  key,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(500).optional(),
  subject: z.enum(segmentSubjects),
  conditions: z.array(segmentCondition).max(20),
});

export const updateSegmentInput = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  description: z.string().max(500).optional(),
  conditions: z.array(segmentCondition).max(20).optional(),
  archived: z.boolean().optional(),
});

/**
 * Checks conditions against the installed fields: each names a field of the segment's subject,
 * with the parameter it needs, an operator its type takes and a value of the right kind. The
 * issues come back as a ZodError's, with paths inside the list (`0.op`).
 */
export function checkConditions(subject: SegmentSubject, conditions: readonly SegmentCondition[], fields: ReadonlyMap<string, SegmentField>) {
  return z
    .array(segmentCondition)
    .superRefine((list, ctx) => {
      list.forEach((c, i) => {
        const issue = (message: string, at: string) => ctx.addIssue({ code: "custom", message, path: [i, at] });
        const field = fields.get(c.field);
        if (!field) return issue(`No installed field is named ${c.field}.`, "field");
        if (field.subject !== subject) return issue(`${c.field} describes a ${field.subject}; this segment is over ${subject}s.`, "field");
        if (field.param && !c.param) return issue(`${c.field} needs a param: ${field.param}.`, "param");
        if (!field.param && c.param) return issue(`${c.field} takes no param.`, "param");
        if (c.op === "isSet" || c.op === "isNotSet") return c.value === undefined ? undefined : issue(`${c.op} takes no value.`, "value");
        if (!(opsByType[field.type] as readonly string[]).includes(c.op)) return issue(`A ${field.type} field takes ${opsByType[field.type].join(", ")}, isSet or isNotSet.`, "op");
        const wantsList = c.op === "in" || c.op === "notIn" || field.type === "list";
        const wantsNumber = field.type === "number" || field.type === "date";
        const ok = wantsList ? Array.isArray(c.value) : wantsNumber ? typeof c.value === "number" && (field.type !== "date" || (Number.isInteger(c.value) && c.value >= 0 && c.value <= 36_500)) : typeof c.value === "string";
        if (!ok) issue(wantsList ? "The value is a list of texts." : field.type === "date" ? "The value is a whole number of days." : wantsNumber ? "The value is a number." : "The value is a text.", "value");
      });
    })
    .safeParse(conditions);
}
