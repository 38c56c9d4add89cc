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

const statuses = ["investigating", "identified", "monitoring", "resolved"] as const;

/** Shared by both forms: post, show the outcome, refresh the server-rendered lists. */
function useSubmit(success: string) {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  async function submit(path: string, body: unknown, reset: () => void) {
    setPending(true);
    setMessage(null);
    try {
      await api(path, { method: "POST", body });
      setMessage({ tone: "success", text: success });
      reset();
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }
  return { pending, message, submit };
}

/** Opens an incident (`POST /platform/status/incidents`). */
export function OpenIncidentForm({ components }: { components: readonly string[] }) {
  const t = useTranslations("status.adminPage");
  const ts = useTranslations("status.page.incidentStatus");
  const { pending, message, submit } = useSubmit(t("opened"));
  const [title, setTitle] = useState("");
  const [impact, setImpact] = useState("degraded");
  const [status, setStatus] = useState("investigating");
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit("/platform/status/incidents", { title, impact, status, components: chosen, message: text }, () => {
      setTitle("");
      setChosen([]);
      setText("");
    });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("open")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field label={t("fields.title")}>{(control) => <Input {...control} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />}</Field>
      <div className="flex flex-wrap gap-4">
        <Field label={t("fields.impact")}>
          {(control) => <Select {...control} value={impact} onChange={(e) => setImpact(e.target.value)} options={(["degraded", "outage"] as const).map((value) => ({ value, label: t(`impact.${value}`) }))} />}
        </Field>
        <Field label={t("fields.status")}>
          {(control) => <Select {...control} value={status} onChange={(e) => setStatus(e.target.value)} options={statuses.slice(0, 3).map((value) => ({ value, label: ts(value) }))} />}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("fields.components")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {components.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.includes(name)} onChange={(e) => setChosen(e.target.checked ? [...chosen, name] : chosen.filter((c) => c !== name))} />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("fields.message")}>{(control) => <Textarea {...control} value={text} onChange={(e) => setText(e.target.value)} required rows={3} maxLength={5000} />}</Field>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** Posts an update to an open incident (`POST /platform/status/incidents/<id>/updates`). */
export function IncidentUpdateForm({ incidentId, status: current }: { incidentId: string; status: string }) {
  const t = useTranslations("status.adminPage");
  const ts = useTranslations("status.page.incidentStatus");
  const { pending, message, submit } = useSubmit(t("posted"));
  const [status, setStatus] = useState(current);
  const [text, setText] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(`/platform/status/incidents/${incidentId}/updates`, { status, body: text }, () => setText(""));
  };
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3" aria-label={t("post")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("fields.status")}>{(control) => <Select {...control} value={status} onChange={(e) => setStatus(e.target.value)} options={statuses.map((value) => ({ value, label: ts(value) }))} />}</Field>
        <div className="min-w-64 flex-1">
          <Field label={t("fields.body")}>{(control) => <Input {...control} value={text} onChange={(e) => setText(e.target.value)} required maxLength={5000} />}</Field>
        </div>
        <Button type="submit" variant="secondary" loading={pending}>
          {t("post")}
        </Button>
      </div>
    </form>
  );
}
