import { defineModule } from "@/lib/manifest/define";
import { keys } from "./keys";

export default defineModule({
  id: "metrics",
  core: true,
  summary: "Prometheus metrics at /internal/metrics: requests by route and status with latencies, the job queue's depth and lag, webhook, rate-limit and billing outcomes, the database pool.",
  env: keys,
  owns: { routes: ["app/(api)/internal/metrics"] },
  docs: "modules/metrics.mdx",
});
