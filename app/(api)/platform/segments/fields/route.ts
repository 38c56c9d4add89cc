import { route } from "@/lib/app";
import { segmentFieldsResponse } from "@/lib/segments/responses";
import { fieldCatalog } from "@/lib/segments/store";

/** The fields conditions can name, from every installed module, with the operators each takes. */
export const GET = route({ auth: "platformAdmin", response: segmentFieldsResponse }, async () => ({ data: fieldCatalog() }));
