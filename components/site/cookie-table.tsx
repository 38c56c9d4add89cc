import { getTranslations } from "next-intl/server";
import { localeCookie } from "@/lib/i18n/config";

/**
 * The cookies Keel itself sets. Better Auth names its cookies with Keel's prefix `keel.`
 * (lib/auth/server.ts, advanced.cookiePrefix); over https it adds `__Secure-`. Keep this list in
 * step when a feature adds a cookie.
 */
const cookies = [
  { name: "keel.session_token", item: "session", kind: "necessary" },
  { name: "keel.two_factor", item: "twoFactor", kind: "necessary" },
  { name: "keel.admin_session", item: "adminSession", kind: "necessary" },
  { name: localeCookie, item: "locale", kind: "preference" },
] as const;

/** The cookie table: an accessible table that scrolls sideways on its own on narrow screens. */
export async function CookieTable() {
  const t = await getTranslations("legal.cookies");
  return (
    <div role="region" aria-label={t("table.caption")} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="bg-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("table.name")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("table.purpose")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("table.duration")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("table.kind")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {cookies.map((cookie) => (
            <tr key={cookie.name}>
              <th scope="row" className="px-4 py-3 align-top font-mono text-xs font-normal">
                {cookie.name}
              </th>
              <td className="px-4 py-3 align-top">{t(`items.${cookie.item}.purpose`)}</td>
              <td className="px-4 py-3 align-top">{t(`items.${cookie.item}.duration`)}</td>
              <td className="px-4 py-3 align-top">{t(`kinds.${cookie.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
