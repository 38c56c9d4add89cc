import { getTranslations } from "next-intl/server";
import { CodeBlock } from "./code-block";

// The sample metered endpoint, shortened from app/(api)/v1/echo/route.ts.
const routeSource = `import { z } from "zod";
import { creditsPort, route } from "@/lib/app";
import { meterApiCall } from "@/lib/usage";

// Answers the JSON it was sent; each call is metered and costs credits.
export const POST = route(
  { auth: "apiKey", tenant: true, body: z.object({ message: z.string() }) },
  async ({ tenant, apiKey, body }) => {
    await meterApiCall(tenant, { apiKey, endpoint: "POST /v1/echo", creditCost: 1, credits: creditsPort });
    return Response.json(body);
  },
);`;

const curlSource = `curl -X POST http://localhost:3000/v1/echo \\
  -H "Authorization: Bearer sk_test_…" \\
  -H "Content-Type: application/json" \\
  -d '{"message":"hello"}'`;

export async function CodeSample() {
  const t = await getTranslations("home.code");
  return (
    <section aria-labelledby="code-heading" className="py-16">
      <h2 id="code-heading" className="text-3xl font-semibold tracking-tight text-balance">
        {t("heading")}
      </h2>
      <p className="mt-3 max-w-3xl text-muted-foreground text-pretty">{t("lead")}</p>
      <div className="mt-8 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <CodeBlock source={routeSource} language="ts" label={t("routeLabel")} />
        <CodeBlock source={curlSource} language="sh" label={t("curlLabel")} />
      </div>
    </section>
  );
}
