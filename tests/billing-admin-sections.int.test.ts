import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { HistorySection } from "@/components/billing/admin/history-section";
import { PaymentsSection } from "@/components/billing/admin/payments-section";
import { SubscriptionSection } from "@/components/billing/admin/subscription-section";
import { adminAvailableActions } from "@/lib/billing/admin-view";
import { createSubscription } from "@/seed/billing";
import { createTeam } from "@/seed/factories";
import { creditPaymentPayload, deliver, signed } from "./billing-helpers";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("./next-intl-server"));

/** The admin tenant page's billing sections, rendered as the page renders them (server components, to HTML). */
const html = async (section: Promise<ReactElement>) => renderToStaticMarkup(await section);

describe("billing sections of the admin tenant page", () => {
  it("show the subscription, the history, the payments with a refund, and only the actions the standing allows", async () => {
    const { tenant } = await createTeam("admin-sections");
    expect(await html(PaymentsSection({ tenantId: tenant.id }))).toContain("No payments");
    expect(await adminAvailableActions(tenant.id)).toEqual(["extend-trial", "comp"]);

    await createSubscription({ tenant, plan: "pro", interval: "year" });
    const pack = signed(creditPaymentPayload({ tenantId: tenant.id, pack: "small" }));
    expect((await deliver(pack)).status).toBe(200);
    const paymentId = (JSON.parse(pack.body) as { data: { payment_id: string } }).data.payment_id;
    const refund = { business_id: "bus_test", type: "refund.succeeded", timestamp: new Date().toISOString(), data: { refund_id: `rf_${tenant.id}`, payment_id: paymentId, is_partial: false } };
    expect((await deliver(signed(JSON.stringify(refund)))).status).toBe(200);

    const subscription = await html(SubscriptionSection({ tenantId: tenant.id }));
    expect(subscription).toContain("Pro");
    expect(subscription).toContain("yearly");
    expect(subscription).toContain(">Active<");
    expect(subscription).not.toContain("complimentary");

    const history = await html(HistorySection({ tenantId: tenant.id }));
    expect(history).toContain("Free → Active");
    expect(history).toContain("pro · yearly");

    const payments = await html(PaymentsSection({ tenantId: tenant.id }));
    expect(payments).toContain("Refund");
    expect(payments).toContain(paymentId);
    expect(payments).toMatch(/-\$10\.00|−\$10\.00|\$-10\.00/);

    // Paying: suspend, but no comp over the live subscription and no trial to extend.
    expect(await adminAvailableActions(tenant.id)).toEqual(["suspend"]);
  });
});
