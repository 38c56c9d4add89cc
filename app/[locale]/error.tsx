"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A public page (marketing, docs, blog) that throws, inside the site's header and footer. */
export default function SiteError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
