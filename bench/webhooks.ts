/**
 * Outgoing webhooks, two figures:
 * 1. signatures/s: Standard Webhooks signing (lib/webhooks/signing.ts, the `standardwebhooks`
 *    library) of a 1 KB body, with one secret and with two (a rotation), beside a bare
 *    node:crypto HMAC-SHA256 of the same bytes (the floor: what the library does underneath).
 * 2. delivered messages/s: 1,000 events emitted into the outbox for a tenant with one endpoint,
 *    then the in-process runner (`runDueJobs`, batches of 10, as `npm start` runs it) fans them
 *    out and delivers them to a local receiver on 127.0.0.1 that answers 200 at once. Timed from
 *    the first runner pass to the 1,000th request received; on Postgres and on PGlite, each in a
 *    throwaway database in a child process (bench/_lib/targets.ts).
 * Run: `npx tsx bench/webhooks.ts`   (BENCH_TARGETS=postgres or =pglite for one of them)
 */
import { createHmac, randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { childTarget, report, runOnTargets } from "./_lib/targets";

const MESSAGES = 1_000;

type Result = { messagesPerSecond: number; seconds: number; received: number };

if (childTarget === null) {
  const { newSigningSecret, signMessage } = await import("@/lib/webhooks/signing");
  const body = JSON.stringify({ type: "project.created", timestamp: new Date().toISOString(), data: { blob: randomBytes(700).toString("base64") } }).slice(0, 1024);
  const one = [newSigningSecret()];
  const two = [newSigningSecret(), newSigningSecret()];
  const rate = (run: () => void, n = 50_000) => {
    for (let i = 0; i < 2_000; i++) run(); // warm-up
    const started = performance.now();
    for (let i = 0; i < n; i++) run();
    return n / ((performance.now() - started) / 1000);
  };
  const key = Buffer.from(one[0]!.slice("whsec_".length), "base64");
  const signOne = rate(() => signMessage({ messageId: "whmsg_bench", body, secrets: one }));
  const signTwo = rate(() => signMessage({ messageId: "whmsg_bench", body, secrets: two }));
  const rawHmac = rate(() => createHmac("sha256", key).update(`whmsg_bench.1767605400.${body}`).digest("base64"));
  console.log("=== signing (in-process, no server) ===");
  console.log(`standardwebhooks, 1 secret : ${Math.round(signOne).toLocaleString("en")} signatures/s (${body.length} B body)`);
  console.log(`standardwebhooks, 2 secrets: ${Math.round(signTwo).toLocaleString("en")} messages/s (rotation: two signatures each)`);
  console.log(`bare node:crypto HMAC      : ${Math.round(rawHmac).toLocaleString("en")} HMACs/s`);
  console.log(`library / bare HMAC: ${(signOne / rawHmac).toFixed(2)}×`);

  const results = (await runOnTargets(fileURLToPath(import.meta.url))) as { postgres?: Result; pglite?: Result };
  console.log("\n=== delivery (in-process job runner → local receiver over HTTP) ===");
  for (const [target, r] of Object.entries(results)) console.log(`${target.padEnd(8)} ${Math.round(r.messagesPerSecond).toString().padStart(6)} delivered messages/s (${r.received} in ${r.seconds.toFixed(2)} s)`);
  if (results.postgres && results.pglite) console.log(`Postgres / PGlite: ${(results.postgres.messagesPerSecond / results.pglite.messagesPerSecond).toFixed(2)}×`);
} else {
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "on";
  const { createServer } = await import("node:http");
  const { closeDb, db } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrator");
  const { tenants } = await import("@/db/schema/tenants");
  const { webhookDeliveries } = await import("@/db/schema/webhooks");
  const { newId } = await import("@/lib/ids");
  const { emit } = await import("@/lib/jobs");
  const { writeTenantPlan } = await import("@/lib/plans");
  const { runDueJobs } = await import("@/lib/app");
  const { createWebhookEndpoint } = await import("@/seed/webhooks");
  const { eq, count } = await import("drizzle-orm");

  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received++;
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;

  await runMigrations();
  const tenantId = newId("tenant");
  await db.insert(tenants).values({ id: tenantId, name: "Bench", slug: `bench-${tenantId.slice(4)}` });
  await writeTenantPlan(db, tenantId, { plan: "pro", state: "active" });
  await createWebhookEndpoint({ tenant: { id: tenantId }, url: `http://127.0.0.1:${port}/hook` });
  // Queued first, delivered after: 1,000 committed events waiting in the outbox (100 per transaction).
  for (let b = 0; b < MESSAGES / 100; b++) {
    await db.transaction(async (tx) => {
      for (let i = 0; i < 100; i++) await emit(tx, "member.role_changed", { tenantId, memberId: `mem_${b}_${i}`, userId: "usr_bench", from: "member", to: "admin" });
    });
  }
  const started = performance.now();
  while (received < MESSAGES && performance.now() - started < 600_000) {
    if ((await runDueJobs()) === 0 && received < MESSAGES) await new Promise((r) => setTimeout(r, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  const [{ value: succeeded }] = (await db.select({ value: count() }).from(webhookDeliveries).where(eq(webhookDeliveries.status, "succeeded"))) as [{ value: number }];
  console.log(`${childTarget}: ${received} messages received (${succeeded} deliveries succeeded) in ${seconds.toFixed(2)} s`);
  report({ messagesPerSecond: received / seconds, seconds, received } satisfies Result);
  server.close();
  await closeDb();
}
