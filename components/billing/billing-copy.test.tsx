import { describe, expect, it } from "vitest";
import { renderInLocale } from "@/tests/render-in-locale";
import type { InvoiceResponse, SubscriptionResponse } from "@/lib/billing/responses";
import type { PagedList } from "@/components/ui/use-paged-list";
import { BillingBadge } from "./billing-badge";
import { BillingBanner } from "./billing-banner";
import { CheckoutFailureNotice } from "./checkout-failure-notice";
import { CurrentPlan } from "./current-plan";
import { InvoicesTable } from "./invoices-table";

const render = renderInLocale;

const subscription: SubscriptionResponse = {
  plan: "pro",
  interval: "year",
  state: "trialing",
  currentPeriodEnd: null,
  graceUntil: null,
  cancelAtPeriodEnd: false,
  trialEndsAt: "2030-05-01T00:00:00.000Z",
  provider: "simulator",
  lastCheckoutFailure: { at: "2030-04-20T10:00:00.000Z", plan: "pro", interval: "year" },
};
const noop = () => {};
const invoices: PagedList<InvoiceResponse> = {
  items: [{ id: "inv_1", kind: "subscription", createdAt: "2030-04-02T00:00:00.000Z", description: "Pro plan", amount: 4900, currency: "usd", status: "paid", url: "https://example.com/i" }],
  error: null,
  loading: false,
  hasMore: false,
  loadMore: async () => {},
  reload: noop,
};

describe("the billing page's copy", () => {
  it("keeps the English the browser tests select by", async () => {
    expect(await render("en", <BillingBadge state="past_due" />)).toContain(">Past due<");
    const banner = await render("en", <BillingBanner state="past_due" graceUntil="2030-05-08T00:00:00.000Z" tenantId="t" canManage={false} />);
    expect(banner).toContain("Payment failed — update your card");
    expect(banner).toContain("Paid features stay on until May 8, 2030. Ask an owner or admin of this tenant to update the card.");
    const notice = await render("en", <CheckoutFailureNotice subscription={subscription} planName="Pro" />);
    expect(notice).toContain("The Pro (yearly) checkout on Apr 20, 2030 could not set up the payment method. Nothing was charged. Your trial continues.");
    const plan = await render("en", <CurrentPlan subscription={subscription} planName="Pro" canManage busyKey={null} onManage={noop} onCancel={noop} onResume={noop} />);
    expect(plan).toContain("Trial ends");
    expect(plan).toContain("Billed yearly");
    expect(plan).toContain("Cancel subscription");
    expect(await render("en", <InvoicesTable list={invoices} />)).toMatch(/\$49\.00.*Paid.*View<span class="sr-only"> invoice from Apr 2, 2030/);
  });

  it("speaks German with German dates and amounts", async () => {
    expect(await render("de", <BillingBadge state="trialing" />)).toContain(">Testphase<");
    const plan = await render("de", <CurrentPlan subscription={subscription} planName="Pro" canManage busyKey={null} onManage={noop} onCancel={noop} onResume={noop} />);
    expect(plan).toContain("Testphase endet");
    expect(plan).toContain("01.05.2030");
    expect(plan).toContain("Jährliche Abrechnung");
    const table = await render("de", <InvoicesTable list={invoices} />);
    expect(table).toMatch(/49,00\s\$/); // a no-break space before the sign
    expect(table).toContain("Bezahlt");
    const notice = await render("de", <CheckoutFailureNotice subscription={subscription} planName="Pro" />);
    expect(notice).toContain("Pro (jährlich) am 20.04.2030");
  });
});
