"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A dashboard page that throws: the portal's frame stays around the error panel. */
export default function DashboardError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
