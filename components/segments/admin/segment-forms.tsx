"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Message = { tone: "success" | "error"; text: string } | null;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Sends a request and turns the outcome into the form's message; refreshes the page on success. */
function useSubmit(success: string) {
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);
  async function send(path: string, init: { method: "POST" | "PATCH"; body?: unknown }) {
    setPending(true);
    setMessage(null);
    try {
      await api(path, init);
      setMessage({ tone: "success", text: success });
      router.refresh();
      setPending(false);
      return true;
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
      setPending(false);
      return false;
    }
  }
  return { message, setMessage, pending, send };
}

/** Creates a segment (`POST /platform/segments`): key, name, subject and conditions as JSON. */
export function NewSegmentForm() {
  const t = useTranslations("segments.admin");
  const { message, setMessage, pending, send } = useSubmit(t("created"));
  const [key, setKey] = useState("");
  const [name, setName] = useState("");
  const [subject, setSubject] = useState("tenant");
  const [conditions, setConditions] = useState("[]");
  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseJson(conditions);
    if (!parsed.ok) return setMessage({ tone: "error", text: t("badJson") });
    if (await send("/platform/segments", { method: "POST", body: { key, name, subject, conditions: parsed.value } })) setKey("");
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("new")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Field label={t("key")}>{(control) => <Input {...control} value={key} onChange={(e) => setKey(e.target.value)} required pattern="[a-z][a-z0-9_.\-]{0,63}" />}</Field>
        <Field label={t("name")}>{(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />}</Field>
        <Field label={t("subject")}>
          {(control) => <Select {...control} value={subject} onChange={(e) => setSubject(e.target.value)} options={[{ value: "tenant", label: t("subjects.tenant") }, { value: "user", label: t("subjects.user") }]} />}
        </Field>
      </div>
      <Field label={t("conditions")} hint={t("conditionsHint")}>
        {(control) => <Textarea {...control} value={conditions} onChange={(e) => setConditions(e.target.value)} rows={4} className="font-mono text-xs" />}
      </Field>
      <Button type="submit" loading={pending}>
        {t("create")}
      </Button>
    </form>
  );
}

/** Edits one segment's conditions, computes it now, or archives it (`PATCH`/`POST …/compute`). */
export function SegmentEditor({ segment }: { segment: { key: string; archived: boolean; conditions: unknown[] } }) {
  const t = useTranslations("segments.admin");
  const { message, setMessage, pending, send } = useSubmit(t("saved"));
  const [conditions, setConditions] = useState(JSON.stringify(segment.conditions, null, 2));
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseJson(conditions);
    if (!parsed.ok) return setMessage({ tone: "error", text: t("badJson") });
    void send(`/platform/segments/${segment.key}`, { method: "PATCH", body: { conditions: parsed.value } });
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("edit", { key: segment.key })}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field label={t("conditions")}>{(control) => <Textarea {...control} value={conditions} onChange={(e) => setConditions(e.target.value)} rows={5} className="font-mono text-xs" />}</Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={() => void send(`/platform/segments/${segment.key}/compute`, { method: "POST" })} disabled={pending}>
          {t("computeNow")}
        </Button>
        <Button variant="secondary" onClick={() => void send(`/platform/segments/${segment.key}`, { method: "PATCH", body: { archived: !segment.archived } })} disabled={pending}>
          {segment.archived ? t("restore") : t("archive")}
        </Button>
      </div>
    </form>
  );
}
