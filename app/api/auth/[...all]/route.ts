import { toNextJsHandler } from "better-auth/next-js";
import { withClientIp } from "@/lib/auth/client-ip-header";
import { auth } from "@/lib/app";

const handler = toNextJsHandler(auth);

// Better Auth sees the client address Keel's own routes see (lib/auth/client-ip-header.ts).
export const GET = (req: Request) => handler.GET(withClientIp(req));
export const POST = (req: Request) => handler.POST(withClientIp(req));
