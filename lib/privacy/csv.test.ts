import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header from every row's keys, quotes what must be quoted, and objects as JSON", () => {
    const csv = toCsv([
      { id: "a", name: 'Say "hi", then\nleave', meta: { x: 1 } },
      { id: "b", extra: null },
    ]);
    expect(csv).toBe('id,name,meta,extra\r\na,"Say ""hi"", then\nleave","{""x"":1}",\r\nb,,,\r\n');
  });
});
