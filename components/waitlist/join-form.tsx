"use client";

import { useState, type FormEvent } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";

/**
 * Joins the waitlist (`POST /waitlist`), with the referral code the page was opened with. The
 * words come from the server (the public site's client bundle carries no module messages);
 * `joined` holds `{position}`.
 */
export function JoinForm({ referral, labels }: { referral?: string; labels: { email: string; submit: string; joined: string } }) {
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      const { position } = await api<{ position: number }>("/waitlist", { method: "POST", body: { email, ...(referral ? { ref: referral } : {}) } });
      setMessage({ tone: "success", text: labels.joined.replace("{position}", String(position)) });
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={labels.submit}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field label={labels.email}>{(control) => <Input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={254} />}</Field>
      <Button type="submit" loading={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
