import { route } from "@/lib/app";
import { downloadQuery, downloadResponse, downloadResponseBody } from "@/lib/storage";

/**
 * Downloads a stored file through a signed link, with no session. The link comes from
 * `signedDownloadUrl` (lib/storage); 403 `link_invalid` when any part of it was changed, 403
 * `link_expired` past its expiry, 404 once the file is deleted or expired.
 */
export const GET = route({ auth: "public", query: downloadQuery, response: downloadResponseBody, responseTypes: ["application/octet-stream"] }, ({ params, query }) =>
  downloadResponse(params.key ?? "", query),
);
