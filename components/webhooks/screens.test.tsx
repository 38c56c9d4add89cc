import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { EndpointForm } from "./endpoint-form";
import { SecretPanel } from "./secret-panel";
import { EndpointStatus, WebhooksView } from "./webhooks-view";

const noop = () => {};

const screens = {
  view: <WebhooksView tenantId="t" canManage eventTypes={[]} />,
  form: <EndpointForm eventTypes={[{ type: "project.created", description: "A project was created" }]} onSubmit={async () => {}} onCancel={noop} />,
  secret: <SecretPanel secret="whsec_x" note="Shown once." />,
  gone: <EndpointStatus endpoint={{ enabled: false, disabledReason: "gone" }} />,
} satisfies Record<string, ReactElement>;

describe("the webhooks screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("name an endpoint's state in the reader's language", async () => {
    expect(visibleText(await renderInLocale("en", screens.gone))).toBe("disabled: answered 410");
    expect(visibleText(await renderInLocale("de", screens.gone))).toBe("deaktiviert: antwortete 410");
  });
});
