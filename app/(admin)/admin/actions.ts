"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser, retryJob } from "@/lib/app";

/** Puts a dead job back in the queue. Checks the platform role itself: actions are public endpoints. */
export async function retryJobAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (user?.role !== "admin" || !user.secondFactorAt) throw new Error("Platform admins with a verified second factor only.");
  const jobId = formData.get("jobId");
  if (typeof jobId !== "string") throw new Error("jobId is required.");
  await retryJob(jobId);
  revalidatePath("/admin");
}
