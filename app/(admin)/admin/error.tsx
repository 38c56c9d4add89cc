"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A platform admin page that throws: the panel's frame stays around the error panel. */
export default function AdminError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
