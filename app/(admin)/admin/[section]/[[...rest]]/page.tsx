import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminPage, requirePlatformAdmin } from "@/lib/app";

type Props = {
  params: Promise<{ section: string; rest?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The pages other modules contribute to the panel (their manifests' `admin.pages`). */
export default async function ContributedAdminPage({ params, searchParams }: Props) {
  await requirePlatformAdmin();
  const { section, rest = [] } = await params;
  const page = await adminPage(section);
  if (!page) notFound();
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return <page.Page path={rest} searchParams={query} />;
}

export async function generateMetadata({ params }: Props) {
  const [page, t] = await Promise.all([adminPage((await params).section), getTranslations()]);
  return { title: page ? `${t(page.title)} · Admin` : "Admin" };
}
