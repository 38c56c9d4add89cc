import { render } from "@react-email/render";
import { templates, type EmailTemplate } from "./templates";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a template to a subject, HTML and the plain-text part. Throws on invalid props. */
export async function renderEmail(template: EmailTemplate, props: unknown): Promise<RenderedEmail> {
  const { subject, element } = templates[template].build(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
