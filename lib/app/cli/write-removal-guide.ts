// Rewrites content/docs/removal.mdx from the manifests (the removal command does it too).
import { writeFileSync } from "node:fs";
import { modules } from "../modules";
import { removalGuide } from "./removal-guide";

writeFileSync("content/docs/removal.mdx", removalGuide(modules));
console.log("Wrote content/docs/removal.mdx");
