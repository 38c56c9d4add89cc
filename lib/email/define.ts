import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { z } from "zod";

export type RenderedEmail = { subject: string; html: string; text: string };

/** One email: its id, props schema, and how props become a subject and a body. */
export type EmailTemplate<P = unknown> = {
  readonly id: string;
  /** Checks props (throws on invalid) and renders subject, HTML and the plain-text part. */
  render(props: P): Promise<RenderedEmail>;
  /** Props to render it with in previews and tests. */
  readonly example: P;
};

/**
 * Defines an email template. The module that sends it owns it and lists it in its manifest;
 * callers pass the template itself to `sendEmail`, so its props are typed and nothing looks it up
 * by name.
 */
export function defineEmail<S extends z.ZodType>(def: {
  /** kebab-case, e.g. `credits-low`; tags the message at the provider. */
  id: string;
  schema: S;
  component: (props: z.output<S>) => ReactElement;
  subject: (props: z.output<S>) => string;
  example: z.input<S>;
}): EmailTemplate<z.input<S>> {
  return {
    id: def.id,
    example: def.example,
    async render(raw) {
      const props = def.schema.parse(raw);
      const element = def.component(props);
      const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
      return { subject: def.subject(props), html, text };
    },
  };
}
