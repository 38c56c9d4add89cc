import { describe, expect, it } from "vitest";
import { chooseProvider } from "./index";

describe("which payment provider runs", () => {
  it.each([
    [{ production: false }, "simulator"],
    [{ production: false, dodoKey: "k" }, "dodo"],
    [{ production: true, dodoKey: "k" }, "dodo"],
    [{ production: true }, null], // never the simulator by accident: checkout answers 503
    [{ production: true, explicit: "simulator" as const }, "simulator"],
    [{ production: false, explicit: "dodo" as const }, "dodo"],
    [{ production: true, explicit: "dodo" as const }, "dodo"],
  ])("%j → %s", (input, expected) => {
    expect(chooseProvider(input)).toBe(expected);
  });
});
