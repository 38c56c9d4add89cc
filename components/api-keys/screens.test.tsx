import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import type { ApiKeyResponse } from "@/lib/api-keys/responses";
import { locales } from "@/lib/i18n/config";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { ApiKeysTable } from "./api-keys-table";
import { ApiKeysView } from "./api-keys-view";
import { CreateKeyForm } from "./create-key-form";
import { NewKeyPanel } from "./new-key-panel";
import { RotateKeyForm } from "./rotate-key-form";

const noop = () => {};
const key = { id: "key_1", name: "CI deploys", environment: "test", start: "sk_test_ab", scopes: [], lastUsedAt: null, revokedAt: null, previousKey: null, createdAt: "2030-05-01T10:00:00.000Z" } as unknown as ApiKeyResponse;
const rotatedKey = { ...key, id: "key_2", name: "Rotated", previousKey: { start: "sk_test_zz", expiresAt: "2030-05-02T10:00:00.000Z" } } as ApiKeyResponse;
const revokedKey = { ...key, id: "key_3", name: "Old", revokedAt: "2030-05-03T10:00:00.000Z" } as ApiKeyResponse;

const screens = {
  viewAsViewer: <ApiKeysView tenantId="t" role="viewer" permissions={{ create: false, update: false, delete: false }} grantableScopes={[]} />,
  table: <ApiKeysTable keys={[key]} canRevoke onRevoke={noop} />,
  tableWithRotatedAndRevoked: <ApiKeysTable keys={[rotatedKey, revokedKey]} canRevoke onRevoke={noop} canRotate onRotate={noop} />,
  rotate: <RotateKeyForm onSubmit={async () => {}} onCancel={noop} />,
  form: <CreateKeyForm grantableScopes={["projects:read"]} onSubmit={async () => {}} onCancel={noop} />,
  newKey: <NewKeyPanel secret="sk_test_secret" onDone={noop} />,
} satisfies Record<string, ReactElement>;

describe("the API keys screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("keep the English wording the browser tests select by, and speak German", async () => {
    expect(visibleText(await renderInLocale("en", screens.viewAsViewer))).toContain("Your role (viewer) cannot create API keys.");
    expect(visibleText(await renderInLocale("de", screens.viewAsViewer))).toContain("Ihre Rolle (Betrachter) kann keine API-Schlüssel erstellen.");
    expect(visibleText(await renderInLocale("en", screens.table))).toContain("Never May 1, 2030");
    expect(visibleText(await renderInLocale("de", screens.table))).toContain("Nie 01.05.2030");
  });

  it("mark a revoked key and offer it no action; show a rotated key's old secret while it works", async () => {
    const html = await renderInLocale("en", screens.tableWithRotatedAndRevoked);
    const text = visibleText(html);
    expect(text).toContain("Revoked May 3, 2030");
    expect(text).toContain("Old secret sk_test_zz… works until");
    expect(html).toContain('aria-label="Rotate Rotated"');
    expect(html).not.toContain('aria-label="Rotate Old"');
    expect(html).not.toContain('aria-label="Revoke Old"');
    expect(visibleText(await renderInLocale("de", screens.tableWithRotatedAndRevoked))).toContain("Widerrufen 03.05.2030");
  });
});
