"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A payment simulator page that throws. */
export default function SimulatorError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
