"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

export type ReplyFormProps = {
  /** The route the reply is posted to (the user's, or the admin inbox's). */
  path: string;
  label?: string;
  /** Extra fields sent with the body (the status a staff reply sets). */
  extra?: Record<string, unknown>;
};

/** A reply under a ticket; the page reloads its thread from the server afterwards. */
export function ReplyForm({ path, label = "Reply", extra }: ReplyFormProps) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      await api(path, { method: "POST", body: { body, ...extra } });
      setBody("");
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.fields.body ? caught.fields.body : errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={label}>{(control) => <Textarea {...control} required maxLength={10000} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}</Field>
      <div className="flex justify-end">
        <Button type="submit" loading={pending} disabled={!body.trim()}>
          Send reply
        </Button>
      </div>
    </form>
  );
}
