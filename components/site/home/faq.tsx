import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/site/json-ld";

const questions = ["accounts", "providers", "remove", "license", "languages"] as const;

/** Questions as `<details>`: they open and close without JavaScript. Also published as FAQPage data. */
export async function Faq() {
  const t = await getTranslations("home.faq");
  const items = questions.map((id) => ({ id, question: t(`items.${id}.question`), answer: t(`items.${id}.answer`) }));
  return (
    <section aria-labelledby="faq-heading" className="py-16">
      <h2 id="faq-heading" className="text-3xl font-semibold tracking-tight text-balance">
        {t("heading")}
      </h2>
      <div className="mt-8 divide-y divide-border rounded-lg border border-border bg-card">
        {items.map((item) => (
          <details key={item.id} className="group p-5">
            <summary className="cursor-pointer rounded-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
              {item.question}
            </summary>
            <p className="mt-3 text-muted-foreground text-pretty">{item.answer}</p>
          </details>
        ))}
      </div>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          mainEntity: items.map((item) => ({ "@type": "Question", name: item.question, acceptedAnswer: { "@type": "Answer", text: item.answer } })),
        }}
      />
    </section>
  );
}
