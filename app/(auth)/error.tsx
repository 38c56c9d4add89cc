"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A sign-in, sign-up or account page that throws, inside the auth layout. */
export default function AuthError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
