import { installedPort } from "@/lib/manifest/assembled";
import "./modules";

/** Spending credits, when the credits module is installed; without it metered calls are free. */
export const creditsPort = installedPort("credits");

/** Segment memberships, when the segments module is installed; without it no segment rule matches. */
export const segmentsPort = installedPort("segments");
