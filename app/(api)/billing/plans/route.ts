import { route } from "@/lib/app";
import { publicPlans } from "@/lib/billing";
import { plansResponse } from "@/lib/billing/responses";

/** Public: the pricing page and anyone else read plans and credit packs from here. */
export const GET = route({ auth: "public", response: plansResponse }, () => publicPlans());
