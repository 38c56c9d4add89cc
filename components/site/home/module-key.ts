/** `api-keys` → `apiKeys`: the landing page's message keys (`home.modules.<key>`) are camelCase, module ids kebab-case. */
export function moduleMessageKey(id: string): string {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
