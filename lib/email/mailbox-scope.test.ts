import { describe, expect, it } from "vitest";
import { mailboxScope } from "./mailbox";

describe("mailboxScope (who sees which mailbox messages)", () => {
  const ada = { email: "Ada@Example.com" };

  it.each([
    { case: "development, signed in", viewer: ada, development: true, scope: {} },
    { case: "development, signed out", viewer: null, development: true, scope: {} },
    { case: "elsewhere, signed in", viewer: ada, development: false, scope: { to: "ada@example.com" } },
    { case: "elsewhere, signed out", viewer: null, development: false, scope: null },
  ])("$case", ({ viewer, development, scope }) => {
    expect(mailboxScope(viewer, { development })).toEqual(scope);
  });
});
