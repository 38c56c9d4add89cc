import Image from "next/image";
import { getTranslations } from "next-intl/server";

// Captured by e2e/marketing-screenshots.ts at 1280×800 from the seeded demo app.
const shots = [
  { id: "billing", src: "/marketing/billing.webp" },
  { id: "credits", src: "/marketing/credits.webp" },
  { id: "team", src: "/marketing/team.webp" },
] as const;

/** The portal as a customer sees it. Below the fold, so the images load lazily (next/image's default). */
export async function Screenshots() {
  const t = await getTranslations("home.screenshots");
  return (
    <section aria-labelledby="screenshots-heading" className="py-16">
      <h2 id="screenshots-heading" className="text-3xl font-semibold tracking-tight text-balance">
        {t("heading")}
      </h2>
      <p className="mt-3 max-w-3xl text-muted-foreground text-pretty">{t("lead")}</p>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {shots.map((shot) => (
          <li key={shot.id}>
            <figure>
              <Image
                src={shot.src}
                alt={t(`${shot.id}.alt`)}
                width={1280}
                height={800}
                sizes="(min-width: 768px) 33vw, 100vw"
                loading="lazy"
                className="h-auto w-full rounded-lg border border-border shadow-sm"
              />
              <figcaption className="mt-3 text-sm text-muted-foreground">{t(`${shot.id}.caption`)}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
