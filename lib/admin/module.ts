import { defineModule } from "@/lib/manifest/define";

export default defineModule({
  id: "admin",
  core: false,
  summary: "The platform admin panel: platform figures, tenants and every job with a retry button.",
  owns: { routes: ["app/(admin)"] },
});
