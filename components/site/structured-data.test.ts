import { describe, expect, it } from "vitest";
import { plans } from "@/lib/plans";
import { blogPostingJsonLd, softwareApplicationJsonLd } from "./structured-data";

const base = { origin: "https://keel.example", url: "https://keel.example/", description: "d" };

describe("softwareApplicationJsonLd", () => {
  it("offers each self-serve price from the plan catalog, pointing at the pricing page", () => {
    const data = softwareApplicationJsonLd({ ...base, plans: Object.values(plans) });
    const offers = data.offers as { price: string; url: string }[];
    const priced = Object.values(plans).filter((p) => p.prices && !p.contactSales);
    expect(offers.length).toBe(priced.length * 2 + Object.values(plans).filter((p) => !p.prices && !p.contactSales).length);
    expect(offers.every((o) => o.url === "https://keel.example/pricing" && /^\d+(\.\d{2})?$/.test(o.price))).toBe(true);
  });

  it("offers nothing when no plans are sold (the billing module removed)", () => {
    expect(softwareApplicationJsonLd({ ...base, plans: [] })).not.toHaveProperty("offers");
  });
});

describe("blogPostingJsonLd", () => {
  it("describes the post with absolute URLs and the site as publisher", () => {
    const data = blogPostingJsonLd({
      origin: "https://keel.example",
      url: "https://keel.example/blog/inbox",
      title: "The inbox",
      description: "How.",
      date: new Date("2026-11-26T00:00:00Z"),
      author: "The Keel maintainers",
      tags: ["billing", "webhooks"],
      cover: "/images/blog/webhook-inbox.svg",
    });
    expect(data).toMatchObject({
      "@type": "BlogPosting",
      headline: "The inbox",
      datePublished: "2026-11-26T00:00:00.000Z",
      image: "https://keel.example/images/blog/webhook-inbox.svg",
      keywords: "billing, webhooks",
      author: { name: "The Keel maintainers" },
    });
  });
});
