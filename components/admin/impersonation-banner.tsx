import { useTranslations } from "next-intl";
import type { AccountSlotProps } from "@/lib/manifest/define";
import { ImpersonationCountdown } from "./impersonation-countdown";

/**
 * On every portal page of an impersonation session: who is looking, that nothing can be changed,
 * the time left and the way out. Nothing at all in the user's own sessions.
 */
export function ImpersonationBanner({ impersonation }: AccountSlotProps) {
  const t = useTranslations("admin.impersonation");
  if (!impersonation) return null;
  return (
    <div role="status" className="sticky top-0 z-20 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-foreground px-4 py-2 text-sm text-background" data-testid="impersonation-banner">
      <span>
        {t.rich("banner", { admin: impersonation.adminEmail, strong: (chunks) => <strong>{chunks}</strong> })}
      </span>
      <ImpersonationCountdown endsAt={impersonation.endsAt.toISOString()} />
    </div>
  );
}
