import { route, runCronCall } from "@/lib/app";
import { cronCallResponse } from "@/lib/jobs";

/**
 * A scheduler's tick where no process polls (serverless): Vercel Cron calls GET every minute with
 * `Authorization: Bearer $CRON_SECRET` (vercel.json); any other scheduler may POST. Schedules the
 * cron jobs' slots and runs the due jobs, within bounds (lib/jobs/cron-call.ts).
 */
const tick = route({ auth: "cron", response: cronCallResponse }, () => runCronCall());

/** Runs the due scheduled jobs (for a platform cron that sends GET); needs the cron secret. */
export const GET = tick;
/** Runs the due scheduled jobs; needs the cron secret. */
export const POST = tick;

// The call's own budget is 20 s (lib/jobs/cron-call.ts); this is the host's hard stop (Vercel).
export const maxDuration = 60;
