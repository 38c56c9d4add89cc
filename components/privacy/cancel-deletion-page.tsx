import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { CancelDeletionForm } from "./cancel-deletion-form";

/** `/cancel-deletion?token=…`, the deletion email's link: one button keeps the account. */
export async function CancelDeletionPage({ token }: { token?: string }) {
  const t = await getTranslations("privacy.cancel");
  return (
    <div className="mx-auto w-full max-w-xl flex-1 space-y-8 px-6 pb-20 pt-12 sm:pt-16">
      <div className="space-y-3">
        <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      {token ? (
        <CancelDeletionForm token={token} labels={{ keep: t("keep"), kept: t("kept"), signIn: t("signIn"), invalid: t("invalid"), failed: t("failed") }} />
      ) : (
        <Alert tone="error">{t("invalid")}</Alert>
      )}
    </div>
  );
}
