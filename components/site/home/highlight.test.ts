import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";

describe("highlight", () => {
  it("keeps the text intact and marks keywords, strings, comments and calls in TypeScript", () => {
    const source = 'import { z } from "zod";\n// why\nexport const POST = route({ auth: "apiKey" });';
    const tokens = highlight(source, "ts");
    expect(tokens.map((t) => t.text).join("")).toBe(source);
    const kinds = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
    expect(kinds("keyword")).toEqual(["import", "from", "export", "const"]);
    expect(kinds("string")).toEqual(['"zod"', '"apiKey"']);
    expect(kinds("comment")).toEqual(["// why"]);
    expect(kinds("function")).toEqual(["route"]);
  });

  it("marks the command, flags and quoted arguments in shell", () => {
    const source = "curl -X POST http://localhost:3000/v1/echo \\\n  -H \"Authorization: Bearer sk_test_x\" -d '{\"a\":1}'";
    const tokens = highlight(source, "sh");
    expect(tokens.map((t) => t.text).join("")).toBe(source);
    expect(tokens.filter((t) => t.kind === "function").map((t) => t.text)).toEqual(["curl"]);
    expect(tokens.filter((t) => t.kind === "flag").map((t) => t.text)).toEqual(["-X", "-H", "-d"]);
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual(['"Authorization: Bearer sk_test_x"', "'{\"a\":1}'"]);
  });
});
