import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/app";

export const { GET, POST } = toNextJsHandler(auth);
