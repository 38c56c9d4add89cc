import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { renderMetrics } from "@/lib/metrics";

/**
 * A counter's value in this process's registry as Prometheus would scrape it (rendered to text and
 * parsed back), summed over the series whose labels include `labels`. 0 when there is none yet.
 */
export async function counterValue(name: string, labels: Record<string, string>): Promise<number> {
  const families = parsePrometheusTextFormat((await renderMetrics()).text);
  const family = families.find((f) => f.name === name);
  return (family?.metrics ?? [])
    .filter((m) => Object.entries(labels).every(([key, value]) => m.labels?.[key] === value))
    .reduce((sum, m) => sum + Number(m.value ?? 0), 0);
}
