import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { PortalSlotProps } from "@/lib/manifest/define";
import { checklistFor, checklistState } from "@/lib/onboarding/checklist";
import { DismissChecklist } from "./dismiss-checklist";

/**
 * The overview's onboarding card: progress and each step, the open ones linking to where they are
 * taken. Gone once dismissed, or once every step is done.
 */
export async function ChecklistCard({ tenantId, userId }: PortalSlotProps & { userId: string }) {
  // A closed card costs the overview one lookup, not every step's check.
  const state = await checklistState({ userId, tenantId });
  if (state?.dismissedAt || state?.completedAt) return null;
  const [checklist, t, all] = await Promise.all([checklistFor({ userId, tenantId }), getTranslations("onboarding.card"), getTranslations()]);
  if (checklist.dismissed || checklist.completed || checklist.total === 0) return null;
  return (
    <Card data-testid="onboarding-checklist">
      <CardHeader title={t("title")} description={t("progress", { done: checklist.done, total: checklist.total })} action={<DismissChecklist />} />
      <progress className="mb-4 h-2 w-full accent-primary" value={checklist.done} max={checklist.total} aria-label={t("progress", { done: checklist.done, total: checklist.total })} />
      <ol className="space-y-2 text-sm">
        {checklist.steps.map((step) => (
          <li key={step.id} data-step={step.id} data-done={step.done} className="flex items-center gap-2">
            <span aria-hidden className={step.done ? "text-primary" : "text-muted-foreground"}>
              {step.done ? "✓" : "○"}
            </span>
            {step.done ? (
              <span className="text-muted-foreground line-through">
                {all(step.title)} <span className="sr-only">({t("done")})</span>
              </span>
            ) : (
              <Link href={step.href} className="underline underline-offset-4">
                {all(step.title)}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
