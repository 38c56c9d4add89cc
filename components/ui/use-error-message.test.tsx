import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { useErrorMessage } from "./use-error-message";

function Describe({ error }: { error: unknown }) {
  return <p>{useErrorMessage()(error)}</p>;
}

const say = async (locale: "en" | "de", error: unknown) => visibleText(await renderInLocale(locale, <Describe error={error} />));

describe("useErrorMessage", () => {
  it("keeps what the server said in its envelope", async () => {
    expect(await say("de", new ApiError({ status: 409, code: "conflict", message: "A project with this name exists." }))).toBe("A project with this name exists.");
  });

  it("words what the browser makes up in the user's language", async () => {
    expect(await say("en", new ApiError({ status: 0, code: "network_error", message: "offline" }))).toBe("Could not reach the server. Check your connection.");
    expect(await say("de", new ApiError({ status: 0, code: "network_error", message: "offline" }))).toBe("Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.");
    expect(await say("de", new ApiError({ status: 502, code: "http_error", message: "Request failed (502)." }))).toBe("Die Anfrage ist fehlgeschlagen (502).");
    expect(await say("de", "thrown string")).toBe("Etwas ist schiefgelaufen.");
  });
});
