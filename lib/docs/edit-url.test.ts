import { describe, expect, it } from "vitest";
import { keys } from "./keys";
import { editUrl } from "./edit-url";

describe("the docs' Edit on GitHub links", () => {
  it("point at the page's file on main", () => {
    expect(editUrl("https://github.com/acme/app", "modules/billing.mdx")).toBe("https://github.com/acme/app/blob/main/content/docs/modules/billing.mdx");
    expect(editUrl("https://github.com/acme/app/", "index.mdx")).toBe("https://github.com/acme/app/blob/main/content/docs/index.mdx");
  });

  it("take the repository from NEXT_PUBLIC_DOCS_REPO_URL, Keel's by default, and refuse a value that is not a URL", () => {
    const with_ = (value: string | undefined) => {
      const saved = process.env.NEXT_PUBLIC_DOCS_REPO_URL;
      if (value === undefined) delete process.env.NEXT_PUBLIC_DOCS_REPO_URL;
      else process.env.NEXT_PUBLIC_DOCS_REPO_URL = value;
      try {
        return keys().NEXT_PUBLIC_DOCS_REPO_URL;
      } finally {
        if (saved === undefined) delete process.env.NEXT_PUBLIC_DOCS_REPO_URL;
        else process.env.NEXT_PUBLIC_DOCS_REPO_URL = saved;
      }
    };
    expect(with_(undefined)).toBe("https://github.com/keel-dev/keel");
    expect(with_("https://github.com/acme/app/")).toBe("https://github.com/acme/app");
    expect(() => with_("github.com/acme/app")).toThrow();
    expect(() => with_("javascript:alert(1)")).toThrow();
  });
});
