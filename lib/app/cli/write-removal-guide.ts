// Rewrites content/docs/removal.mdx, lib/app/module-index.json and lib/app/module-messages.ts from the manifests (the removal
// command does it too).
import { writeFileSync } from "node:fs";
import { moduleIndexJson, moduleMessagesSource } from "../module-index";
import { modules } from "../modules";
import { removalGuide } from "./removal-guide";

writeFileSync("content/docs/removal.mdx", removalGuide(modules));
writeFileSync("lib/app/module-index.json", moduleIndexJson(modules));
writeFileSync("lib/app/module-messages.ts", moduleMessagesSource(modules));
console.log("Wrote content/docs/removal.mdx, lib/app/module-index.json and lib/app/module-messages.ts");
