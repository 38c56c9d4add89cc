import { route } from "@/lib/app";
import { publicPlans } from "@/lib/billing";

/** Public: the pricing page and anyone else read plans and credit packs from here. */
export const GET = route({ auth: "public" }, () => publicPlans());
