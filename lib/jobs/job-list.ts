import { sendEmailJob } from "@/lib/email/send-job";
import { registerJobs } from "./registry";

// The jobs of the core modules. Optional modules register theirs from lib/modules.ts; once that
// file exists it can hold this line too, and this file can import it instead.
registerJobs(sendEmailJob);
