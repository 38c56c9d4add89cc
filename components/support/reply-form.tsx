"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

export type ReplyFormProps = {
  /** The route the reply is posted to (the user's, or the admin inbox's). */
  path: string;
  /** @default "Reply" (translated) */
  label?: string;
  /** Extra fields sent with the body (the status a staff reply sets). */
  extra?: Record<string, unknown>;
};

/** A reply under a ticket; the page reloads its thread from the server afterwards. */
export function ReplyForm({ path, label, extra }: ReplyFormProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("support.reply");
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
      <Field label={label ?? t("label")}>{(control) => <Textarea {...control} required maxLength={10000} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}</Field>
      <div className="flex justify-end">
        <Button type="submit" loading={pending} disabled={!body.trim()}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}
