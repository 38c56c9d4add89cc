import { z } from "zod";

/** Prop schemas templates share: links must be http(s), names short and non-empty. */
export const emailUrl = z.url({ protocol: /^https?$/ });
export const emailName = z.string().trim().min(1).max(200);
