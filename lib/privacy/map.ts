import { createHmac } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authSecret } from "@/lib/auth/config";
import { emailHash } from "@/lib/auth/email-hash";
import { installedPersonalData } from "@/lib/manifest/assembled";
import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/**
 * The personal data map: every installed module's `personalData` rules, and the two things done
 * with them — reading a subject's rows for an export, and erasing them. The SQL is built from the
 * rules (table and column names are identifiers from the manifests, never from a request).
 */

/** Whose data: a person (with what identifies them in free text) or a tenant. */
export type Subject =
  | { kind: "user"; id: string; email: string; name: string; pseudonym: string }
  | { kind: "tenant"; id: string; pseudonym: string };

export type MappedRule = PersonalDataRule & { module: string };

/** Every installed rule, and the tables declared as holding no personal data. */
export function personalDataMap(): { rules: MappedRule[]; none: (NoPersonalData & { module: string })[] } {
  const all = installedPersonalData();
  return {
    rules: all.filter((r): r is MappedRule => !("none" in r)),
    none: all.filter((r): r is NoPersonalData & { module: string } => "none" in r),
  };
}

/**
 * The rules for one kind of subject, in erasure order: the row that is the subject itself (users,
 * tenants) last, so rules on rows that point at it run while it still exists.
 */
export function rulesFor(kind: Subject["kind"]): MappedRule[] {
  const own = (r: MappedRule) => "column" in r.match && r.match.column === "id";
  const rules = personalDataMap().rules.filter((r) => r.subject === kind);
  return [...rules.filter((r) => !own(r)), ...rules.filter(own)];
}

/**
 * A person's stable pseudonym: the same for every kept row of theirs (an audit trail stays a
 * trail), derived from their id with a key only this server holds, and never containing the id.
 */
export function pseudonymOf(id: string): string {
  const key = createHmac("sha256", authSecret ?? "keel").update("keel:privacy:pseudonym:v1").digest();
  return `anon_${createHmac("sha256", key).update(id).digest("hex").slice(0, 24)}`;
}

const id = (name: string) => sql.identifier(name);

/** What a subject is matched by inside free text: their id, and a person's address. */
function needles(subject: Subject): string[] {
  return subject.kind === "user" ? [subject.id.toLowerCase(), subject.email.toLowerCase()] : [subject.id.toLowerCase()];
}

/** The rows of `rule` that are the subject's. */
export function whereOf(rule: PersonalDataRule, subject: Subject): SQL {
  const { match } = rule;
  if ("column" in match) return sql`${id(match.column)} = ${subject.id}`;
  if ("emailColumn" in match) return subject.kind === "user" ? sql`lower(${id(match.emailColumn)}) = ${subject.email.toLowerCase()}` : sql`false`;
  const tests = match.mentions.flatMap((column) => needles(subject).map((needle) => sql`strpos(lower(${id(column)}::text), ${needle}) > 0`));
  return sql`(${sql.join(tests, sql` or `)})`;
}

/** A JSON-safe value of a row: timestamps as ISO text, bytes as base64, big integers as text. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "bigint") return value.toString();
  return value;
}

const exportPageSize = 2_000;

/**
 * The subject's rows under one rule, a page at a time (a tenant's usage events can be many), in a
 * stable order. Nothing for a rule whose rows are left out of exports.
 */
export async function* exportRows(executor: Executor, rule: PersonalDataRule, subject: Subject): AsyncGenerator<Record<string, unknown>[]> {
  if (rule.export && !Array.isArray(rule.export)) return;
  const columns = Array.isArray(rule.export) ? sql.join((rule.export as readonly string[]).map(id), sql`, `) : sql`*`;
  for (let offset = 0; ; offset += exportPageSize) {
    const { rows } = await executor.execute(sql`select ${columns} from ${id(rule.table)} where ${whereOf(rule, subject)} order by ctid limit ${exportPageSize} offset ${offset}`);
    const page = (rows as Record<string, unknown>[]).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    if (page.length > 0) yield page;
    if (page.length < exportPageSize) return;
  }
}

/** Column types, for casting a redacted text back (jsonb stays jsonb). */
async function columnType(executor: Executor, table: string, column: string): Promise<string> {
  const { rows } = await executor.execute(sql`select data_type from information_schema.columns where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`);
  const type = (rows[0] as { data_type?: string } | undefined)?.data_type;
  if (!type) throw new Error(`personalData: ${table}.${column} does not exist.`);
  return type;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * SQL replacing the subject's id and address in a text or JSON column with their pseudonym, and
 * their name where it is a whole JSON string (`"name": "Ada Lovelace"`): the name alone in prose is
 * too common a word to replace safely, and rows are only redacted when they mention the id or address.
 */
async function redacted(executor: Executor, table: string, column: string, subject: Subject): Promise<SQL> {
  const type = await columnType(executor, table, column);
  let text: SQL = sql`${id(column)}::text`;
  for (const needle of needles(subject)) text = sql`regexp_replace(${text}, ${escapeRegex(needle)}, ${subject.pseudonym}, 'gi')`;
  if (subject.kind === "user" && subject.name.trim().length >= 2 && type === "jsonb") {
    text = sql`replace(${text}, ${JSON.stringify(subject.name)}, ${JSON.stringify(subject.pseudonym)})`;
  }
  return type === "jsonb" ? sql`(${text})::jsonb` : type === "json" ? sql`(${text})::json` : text;
}

/** Rows a write touched: node-postgres and Neon say `rowCount`, PGlite `affectedRows`. */
function touched(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

/**
 * Erases the subject's rows under one rule; returns how many rows it touched. With `batch`, a
 * delete takes at most that many rows (call again until it returns less).
 */
export async function eraseRule(executor: Executor, rule: PersonalDataRule, subject: Subject, options: { batch?: number } = {}): Promise<number> {
  const where = whereOf(rule, subject);
  const table = id(rule.table);
  if (rule.erase === "delete") {
    const result = options.batch
      ? await executor.execute(sql`delete from ${table} where ctid = any(array(select ctid from ${table} where ${where} limit ${options.batch}))`)
      : await executor.execute(sql`delete from ${table} where ${where}`);
    return touched(result);
  }
  const sets: SQL[] = [];
  for (const [column, value] of Object.entries(rule.erase.set ?? {})) {
    const replacement = value === "pseudonym" ? subject.pseudonym : value === "emailHash" ? (subject.kind === "user" ? emailHash(subject.email) : null) : null;
    sets.push(sql`${id(column)} = ${replacement}`);
  }
  for (const column of rule.erase.redact ?? []) sets.push(sql`${id(column)} = ${await redacted(executor, rule.table, column, subject)}`);
  if (sets.length === 0) return 0;
  const result = await executor.execute(sql`update ${id(rule.table)} set ${sql.join(sets, sql`, `)} where ${where}`);
  return touched(result);
}
