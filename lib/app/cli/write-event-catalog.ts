// Rewrites content/docs/events.mdx from the manifests' published events (the removal command does it too).
import { writeFileSync } from "node:fs";
import { modules } from "../modules";
import { eventCatalogPage } from "./event-catalog";

writeFileSync("content/docs/events.mdx", eventCatalogPage(modules));
console.log("Wrote content/docs/events.mdx");
