import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/**
 * UI whose strings live in message files (messages/, lib/<module>/messages/): a string literal in
 * their JSX text is an error, so new copy cannot skip translation. The list grows as areas move
 * to messages; the brand name and symbols are not words.
 */
/** Props whose string values people read or hear; the lint rule below keeps literals out of them. */
const userFacingProps = ["title", "label", "description", "placeholder", "aria-label", "alt", "caption", "heading", "hint", "emptyText", "confirmLabel", "submitLabel", "pendingLabel"];
const translatedUi = ["app/**/*.tsx", "components/**/*.tsx", "emails/**/*.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: translatedUi,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": ["error", { mode: "jsx-text-only", words: { exclude: ["Keel", "[0-9!-/:-@[-`{-~✓·—]+"] } }],
      // The plugin's text-only mode skips attributes; its attribute mode also flags every t("key")
      // argument. Text in the props people read (a heading, a label, alt text) is caught here.
      "no-restricted-syntax": [
        "error",
        {
          selector: `JSXAttribute[name.name=/^(${userFacingProps.join("|")})$/] > Literal[value=/[A-Za-z]{2}/][value!="Keel"]`,
          message: "User-facing text goes in the message files: pass t(\"key\") instead of a literal.",
        },
      ],
    },
  },
  {
    // Tests may assert presence with `!` after an expect().
    files: ["tests/**", "**/*.test.ts", "**/*.test.tsx", "e2e/**", "bench/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  globalIgnores([".next/**", ".source/**", ".data/**", "node_modules/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**", ".stryker-tmp/**", "reports/**"]),
]);
