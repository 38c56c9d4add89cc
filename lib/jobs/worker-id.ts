import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/** Names this process in `jobs.locked_by`, so only the claimer records a job's outcome. */
export const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
