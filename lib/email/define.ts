import { render } from "@react-email/render";
import type { ReactElement, ReactNode } from "react";
import { createFormatter, createTranslator } from "use-intl/core";
import type { z } from "zod";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { coreMessages, type MessageTree } from "@/lib/i18n/messages";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Translates a key of the template's namespace (ICU arguments in `values`). */
export type EmailTranslator = {
  (key: string, values?: Record<string, string | number | Date>): string;
  /** For messages with tags: `t.rich("body", { strong: (chunks) => <strong>{chunks}</strong> })`. */
  rich(key: string, values: Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>): ReactNode;
};

/**
 * The frame's own words (emails/layout.tsx) in the message's locale. Passed down rather than read
 * from a React context: emails render in route handlers and jobs, where the server React build has
 * no `createContext`.
 */
export type EmailFrame = { locale: Locale; footer: string; orOpenLink: string };

/** What a template renders with, besides its props. */
export type EmailContext = {
  locale: Locale;
  t: EmailTranslator;
  /** Dates and numbers in the locale (`format.dateTime(date, { dateStyle: "long" })`), in UTC. */
  format: ReturnType<typeof createFormatter>;
  frame: EmailFrame;
};

/** One email: its id, props schema, and how props become a subject and a body. */
export type EmailTemplate<P = unknown> = {
  readonly id: string;
  /** Checks props (throws on invalid) and renders subject, HTML and the plain-text part. @default locale "en" */
  render(props: P, locale?: Locale): Promise<RenderedEmail>;
  /** Props to render it with in previews and tests. */
  readonly example: P;
};

/** Where a template's strings live: a message tree and the namespace inside it. */
export type EmailStrings = {
  /**
   * Loads the tree holding the template's strings, shaped as in the app: the core's
   * `messages/<locale>.json`, or a module's files mounted under its id (see `moduleEmailMessages`).
   */
  messages: (locale: Locale) => Promise<MessageTree>;
  /** e.g. `emails.verify-email`, or `billing.emails.payment-failed` for a module's template. */
  namespace: string;
};

/**
 * Defines an email template. The module that sends it owns it and lists it in its manifest;
 * callers pass the template itself to `sendEmail`, so its props are typed and nothing looks it up
 * by name. The template loads its own strings (`messages`), so a removed module takes them along
 * and lib/email needs no catalog of modules.
 */
export function defineEmail<S extends z.ZodType>(
  def: EmailStrings & {
    /** kebab-case, e.g. `credits-low`; tags the message at the provider. */
    id: string;
    schema: S;
    component: (props: z.output<S>, context: EmailContext) => ReactElement;
    subject: (props: z.output<S>, context: EmailContext) => string;
    example: z.input<S>;
  },
): EmailTemplate<z.input<S>> {
  return {
    id: def.id,
    example: def.example,
    async render(raw, locale = defaultLocale) {
      const props = def.schema.parse(raw);
      const context = await emailContext(locale, def);
      const element = def.component(props, context);
      const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
      return { subject: def.subject(props, context), html, text };
    },
  };
}

/** A module's message files as a tree mounted under its id, as the app serves them. */
export function moduleEmailMessages(moduleId: string, load: (locale: Locale) => Promise<MessageTree>): EmailStrings["messages"] {
  return async (locale) => ({ [moduleId]: await load(locale) });
}

async function emailContext(locale: Locale, strings: EmailStrings): Promise<EmailContext> {
  const [own, core] = await Promise.all([strings.messages(locale), coreMessages(locale)]);
  const t = createTranslator({ locale, messages: own, namespace: strings.namespace }) as unknown as EmailTranslator;
  const layout = createTranslator({ locale, messages: core, namespace: "emails.layout" }) as unknown as EmailTranslator;
  return {
    locale,
    t,
    format: createFormatter({ locale, timeZone: "UTC" }),
    frame: { locale, footer: layout("footer"), orOpenLink: layout("orOpenLink") },
  };
}
