// Rewrites lib/app/openapi.json (served at GET /openapi.json) and the API reference in
// content/docs/reference/ from the route files. The module removal command runs it too.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { apiReferencePages, referenceFolder } from "./api-reference";
import { generateOpenApiDocument, openApiFile } from "./openapi";

const document = await generateOpenApiDocument();
writeFileSync(openApiFile, `${JSON.stringify(document, null, 2)}\n`);

const pages = apiReferencePages(document);
mkdirSync(referenceFolder, { recursive: true });
// A page whose module is gone goes too.
for (const file of readdirSync(referenceFolder)) if (!(file in pages)) rmSync(`${referenceFolder}/${file}`);
for (const [file, text] of Object.entries(pages)) writeFileSync(`${referenceFolder}/${file}`, text);
console.log(`Wrote ${openApiFile} (${Object.keys(document.paths).length} paths) and ${Object.keys(pages).length} files in ${referenceFolder}`);
