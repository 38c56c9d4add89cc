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

/** JSON typed into a textarea, or the parse error as the message to show. */
function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Creates a flag (`POST /platform/flags`): key, type, default and rules as JSON. */
export function NewFlagForm() {
  const t = useTranslations("flags.admin");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [key, setKey] = useState("");
  const [type, setType] = useState("boolean");
  const [defaultValue, setDefaultValue] = useState("false");
  const [rules, setRules] = useState("[]");
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = parse(defaultValue);
    const parsedRules = parse(rules);
    if (!value.ok || !parsedRules.ok) return setMessage({ tone: "error", text: t("badJson") });
    setPending(true);
    try {
      await api("/platform/flags", { method: "POST", body: { key, type, defaultValue: value.value, rules: parsedRules.value } });
      setMessage({ tone: "success", text: t("created") });
      setKey("");
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("new")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Field label={t("key")}>{(control) => <Input {...control} value={key} onChange={(e) => setKey(e.target.value)} required pattern="[a-z][a-z0-9_.\-]{0,63}" />}</Field>
        <Field label={t("type")}>{(control) => <Select {...control} value={type} onChange={(e) => setType(e.target.value)} options={["boolean", "string", "number", "json"].map((value) => ({ value, label: value }))} />}</Field>
        <Field label={t("default")}>{(control) => <Input {...control} value={defaultValue} onChange={(e) => setDefaultValue(e.target.value)} className="font-mono" />}</Field>
      </div>
      <Field label={t("rules")} hint={t("rulesHint")}>{(control) => <Textarea {...control} value={rules} onChange={(e) => setRules(e.target.value)} rows={4} className="font-mono text-xs" />}</Field>
      <Button type="submit" loading={pending}>
        {t("create")}
      </Button>
    </form>
  );
}

type EditableFlag = { key: string; type: string; archived: boolean; defaultValue: unknown; rules: unknown[]; environments: unknown };

/** Edits one flag (`PATCH /platform/flags/<key>`) and previews it for a user or tenant (`…/evaluate`). */
export function FlagEditor({ flag }: { flag: EditableFlag }) {
  const t = useTranslations("flags.admin");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [defaultValue, setDefaultValue] = useState(JSON.stringify(flag.defaultValue));
  const [rules, setRules] = useState(JSON.stringify(flag.rules, null, 2));
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);
  const [who, setWho] = useState({ userId: "", tenantId: "" });
  const [preview, setPreview] = useState<string | null>(null);

  async function save(body: Record<string, unknown>) {
    setPending(true);
    setMessage(null);
    try {
      await api(`/platform/flags/${flag.key}`, { method: "PATCH", body });
      setMessage({ tone: "success", text: t("saved") });
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const value = parse(defaultValue);
    const parsedRules = parse(rules);
    if (!value.ok || !parsedRules.ok) return setMessage({ tone: "error", text: t("badJson") });
    void save({ defaultValue: value.value, rules: parsedRules.value });
  }
  async function runPreview(event: FormEvent) {
    event.preventDefault();
    const query = new URLSearchParams(Object.entries(who).filter(([, v]) => v));
    try {
      const result = await api<{ value: unknown; ruleIndex: number }>(`/platform/flags/${flag.key}/evaluate?${query}`);
      setPreview(t("previewResult", { value: JSON.stringify(result.value), rule: result.ruleIndex < 0 ? t("defaultRule") : t("ruleNumber", { n: result.ruleIndex + 1 }) }));
    } catch (caught) {
      setPreview(errorMessage(caught));
    }
  }
  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3" aria-label={t("edit", { key: flag.key })}>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <p className="text-xs text-muted-foreground">{t("typeIs", { type: flag.type })}</p>
        <Field label={t("default")}>{(control) => <Input {...control} value={defaultValue} onChange={(e) => setDefaultValue(e.target.value)} className="font-mono" />}</Field>
        <Field label={t("rules")} hint={t("rulesHint")}>{(control) => <Textarea {...control} value={rules} onChange={(e) => setRules(e.target.value)} rows={6} className="font-mono text-xs" />}</Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={pending}>
            {t("save")}
          </Button>
          <Button variant="secondary" onClick={() => void save({ archived: !flag.archived })} disabled={pending}>
            {flag.archived ? t("restore") : t("archive")}
          </Button>
        </div>
      </form>
      <form onSubmit={runPreview} className="flex flex-wrap items-end gap-3" aria-label={t("preview")}>
        <Field label={t("userId")}>{(control) => <Input {...control} value={who.userId} onChange={(e) => setWho({ ...who, userId: e.target.value })} />}</Field>
        <Field label={t("tenantId")}>{(control) => <Input {...control} value={who.tenantId} onChange={(e) => setWho({ ...who, tenantId: e.target.value })} />}</Field>
        <Button type="submit" variant="secondary">
          {t("preview")}
        </Button>
        {preview ? (
          <p role="status" className="text-sm">
            {preview}
          </p>
        ) : null}
      </form>
    </div>
  );
}
