import * as tables from "@/db/schema/http";
import { coreError } from "@/lib/errors";
import { defineModule } from "@/lib/manifest/define";
import { rateLimitStore } from "@/lib/rate-limit";
import { keys as rateLimitKeys } from "@/lib/rate-limit/keys";
import { keys } from "./keys";
import { httpPersonalData } from "./personal-data";

export default defineModule({
  id: "http",
  core: true,
  summary: "The request path: route(), the error envelope, idempotency keys, rate limits, health.",
  env: () => [keys(), rateLimitKeys()],
  tables,
  personalData: httpPersonalData,
  errors: coreError.codes,
  owns: { routes: ["app/(api)/internal"], files: ["lib/rate-limit", "lib/health"] },
  docs: "modules/rate-limits.mdx",
  providers: [{ kind: "rate-limit store", current: () => ({ name: rateLimitStore(), local: rateLimitStore() === "memory" }) }],
});
