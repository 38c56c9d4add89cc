"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { authClient } from "@/lib/auth/client";
import { cn, focusRing } from "@/components/ui/cn";

/** The avatar menu: who is signed in, settings, sign out. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations("account.menu");
  const router = useRouter();
  const ref = useRef<HTMLDetailsElement>(null);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    function close(event: MouseEvent) {
      if (ref.current && !ref.current.contains(event.target as Node)) ref.current.removeAttribute("open");
    }
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);

  async function signOut() {
    setSigningOut(true);
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  }

  const initials = (name || email).trim().slice(0, 1).toUpperCase();
  const item = cn("block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-muted", focusRing);
  return (
    <details ref={ref} className="relative">
      <summary
        className={cn("flex size-9 cursor-pointer list-none items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground", focusRing)}
        aria-label={t("label")}
      >
        {initials}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-border bg-card p-2 shadow-lg">
        <div className="px-3 py-2">
          <p className="truncate text-sm font-medium">{name}</p>
          <p className="truncate text-xs text-muted-foreground">{email}</p>
        </div>
        <hr className="my-1 border-border" />
        <Link href="/dashboard/settings" className={item} onClick={() => ref.current?.removeAttribute("open")}>
          {t("settings")}
        </Link>
        <button type="button" className={item} onClick={signOut} disabled={signingOut}>
          {signingOut ? t("signingOut") : t("signOut")}
        </button>
      </div>
    </details>
  );
}
