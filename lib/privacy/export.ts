import { strToU8, zipSync, type Zippable } from "fflate";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { privacyRequests } from "@/db/schema/privacy";
import { tenants } from "@/db/schema/tenants";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { defineJob } from "@/lib/jobs";
import { putObject, signedDownloadUrl } from "@/lib/storage";
import { exportRows, pseudonymOf, rulesFor, type MappedRule, type Subject } from "./map";
import { toCsv } from "./csv";
import { exportReadyEmail } from "./emails";
import { privacyKeys } from "./keys";

const day = 86_400_000;

/** The file a rule's rows go in: the table, and the column that matched when a table has several rules. */
function fileName(rule: MappedRule, rules: readonly MappedRule[]): string {
  const shared = rules.filter((r) => r.table === rule.table && (!r.export || Array.isArray(r.export))).length > 1;
  const by = "column" in rule.match ? rule.match.column : "emailColumn" in rule.match ? rule.match.emailColumn : "mentions";
  return `${rule.module}/${rule.table}${shared ? `.by-${by}` : ""}`;
}

const readme = (subject: Subject, at: Date) => `This archive holds the data ${new URL(appUrl).host} keeps about ${subject.kind === "user" ? "your account" : "your team"}, as of ${at.toISOString()}.

Each table is in two files: .json (every field, as stored) and .csv (the same rows for a spreadsheet).
index.json lists every table, how many rows it had, and the tables left out with the reason.
Times are UTC (ISO 8601). Files, if any, are base64 in the JSON.
`;

/**
 * Builds a request's ZIP: every row the map names for the subject, table by table (progress is
 * saved after each), stored with lib/storage until the link expires, then announced by email.
 */
export async function buildExport(requestId: string, now = new Date()): Promise<void> {
  const [request] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, requestId));
  if (!request || (request.status !== "pending" && request.status !== "running")) return;
  await db.update(privacyRequests).set({ status: "running", progress: 0 }).where(eq(privacyRequests.id, requestId));

  const subject = await subjectOf(request);
  if (!subject) {
    await db.update(privacyRequests).set({ status: "failed", error: "The account or tenant is gone." }).where(eq(privacyRequests.id, requestId));
    return;
  }
  const rules = rulesFor(subject.kind);
  const files: Zippable = { "README.txt": strToU8(readme(subject, now)) };
  const index: { file: string; table: string; module: string; rows?: number; omitted?: string }[] = [];
  for (const [i, rule] of rules.entries()) {
    if (rule.export && !Array.isArray(rule.export)) {
      index.push({ file: "", table: rule.table, module: rule.module, omitted: (rule.export as { omit: string }).omit });
    } else {
      const rows: Record<string, unknown>[] = [];
      for await (const page of exportRows(db, rule, subject)) rows.push(...page);
      const name = fileName(rule, rules);
      files[`${name}.json`] = strToU8(JSON.stringify(rows, null, 2));
      if (rows.length > 0) files[`${name}.csv`] = strToU8(toCsv(rows));
      index.push({ file: name, table: rule.table, module: rule.module, rows: rows.length });
    }
    await db.update(privacyRequests).set({ progress: Math.floor(((i + 1) / rules.length) * 95) }).where(eq(privacyRequests.id, requestId));
  }
  files["index.json"] = strToU8(JSON.stringify({ subject: subject.kind, id: subject.id, exportedAt: now.toISOString(), tables: index }, null, 2));
  const zip = zipSync(files, { level: 6 });

  const ttlDays = privacyKeys().PRIVACY_EXPORT_TTL_DAYS;
  const expiresAt = new Date(now.getTime() + ttlDays * day);
  const fileKey = `privacy/exports/${requestId}.zip`;
  await putObject({ key: fileKey, body: zip, contentType: "application/zip", expiresAt });
  const url = await signedDownloadUrl(fileKey, { expiresInSeconds: ttlDays * 86_400, filename: `keel-export-${now.toISOString().slice(0, 10)}.zip` });
  const [owner] = await db.select({ email: users.email }).from(users).where(eq(users.id, request.userId));
  await db.transaction(async (tx) => {
    await tx.update(privacyRequests).set({ status: "completed", progress: 100, fileKey, fileSize: zip.byteLength, expiresAt, completedAt: new Date() }).where(eq(privacyRequests.id, requestId));
    if (owner) await sendEmail(tx, { to: owner.email, template: exportReadyEmail, props: { url: url.startsWith("http") ? url : `${appUrl}${url}`, days: ttlDays } });
  });
}

async function subjectOf(request: typeof privacyRequests.$inferSelect): Promise<Subject | null> {
  if (request.type === "tenant_export") {
    const [tenant] = request.tenantId ? await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, request.tenantId)) : [];
    return tenant ? { kind: "tenant", id: tenant.id, pseudonym: pseudonymOf(tenant.id) } : null;
  }
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, request.userId));
  return user ? { kind: "user", ...user, pseudonym: pseudonymOf(user.id) } : null;
}

export const exportJob = defineJob({
  id: "privacy.export",
  schema: z.object({ requestId: z.string() }),
  run: async ({ requestId }) => buildExport(requestId),
});
