import type { Plan } from "@/lib/plans";
import { sourceRepoUrl } from "@/lib/site-metadata";

/** schema.org Organization: the publisher of the site (name, logo, profiles). */
export function organizationJsonLd(origin: string, description: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: "Keel",
    url: `${origin}/`,
    logo: `${origin}/icon.svg`,
    description,
    sameAs: [sourceRepoUrl],
  };
}

/**
 * schema.org BlogPosting for a blog post: headline, dates, author, cover image and keywords, with
 * the site's Organization as publisher. `url` and `image` are absolute, as search engines require.
 */
export function blogPostingJsonLd(post: { origin: string; url: string; title: string; description: string; date: Date; author: string; tags: readonly string[]; cover: string }): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.description,
    url: post.url,
    mainEntityOfPage: post.url,
    datePublished: post.date.toISOString(),
    author: { "@type": "Person", name: post.author },
    image: new URL(post.cover, post.origin).href,
    keywords: post.tags.join(", "),
    inLanguage: "en",
    publisher: { "@type": "Organization", name: "Keel", url: `${post.origin}/`, logo: { "@type": "ImageObject", url: `${post.origin}/icon.svg` } },
  };
}

/**
 * schema.org SoftwareApplication with one Offer per self-serve plan price and the free plan, read
 * from the plan catalog, so the structured data cannot drift from the pricing page. Contact-sales
 * plans have no price to offer.
 */
export function softwareApplicationJsonLd(options: {
  origin: string;
  url: string;
  description: string;
  plans: readonly Pick<Plan, "id" | "name" | "prices" | "contactSales">[];
}): Record<string, unknown> {
  const offers = options.plans.flatMap((plan) => {
    if (plan.contactSales) return [];
    if (!plan.prices) return [{ "@type": "Offer", name: plan.name, price: "0", priceCurrency: "USD", url: `${options.origin}/pricing` }];
    const prices = plan.prices;
    return (["month", "year"] as const).map((interval) => ({
      "@type": "Offer",
      name: `${plan.name} (${interval === "month" ? "monthly" : "yearly"})`,
      price: (prices[interval].amount / 100).toFixed(2),
      priceCurrency: prices[interval].currency.toUpperCase(),
      url: `${options.origin}/pricing`,
    }));
  });
  return {
    "@context": "https://schema.org",
    "@type": "SoftwareApplication",
    name: "Keel",
    url: options.url,
    description: options.description,
    applicationCategory: "DeveloperApplication",
    operatingSystem: "Any (Node.js 20.19+)",
    license: "https://opensource.org/licenses/MIT",
    ...(offers.length > 0 ? { offers } : {}),
    publisher: { "@type": "Organization", name: "Keel", url: `${options.origin}/` },
  };
}
