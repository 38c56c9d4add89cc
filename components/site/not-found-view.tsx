import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The 404 inside an area's root layout, in the request's locale (app/global-not-found.tsx covers unmatched URLs). */
export async function NotFoundView() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-sm text-muted-foreground">{t("body")}</p>
      <Link
        href="/"
        className="rounded-md border border-border px-4 py-2 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        {t("home")}
      </Link>
    </main>
  );
}
