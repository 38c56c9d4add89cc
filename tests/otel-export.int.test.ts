import { trace, type TracerProvider } from "@opentelemetry/api";
import { afterAll, describe, expect, it } from "vitest";
import { listen, type StandIn, type StandInRequest } from "./providers/stand-in";

/**
 * OTel traces leave the process when OTEL_EXPORTER_OTLP_ENDPOINT is set: instrumentation.ts's
 * register() starts @vercel/otel, whose OTLP/HTTP exporter posts protobuf spans to
 * `<endpoint>/v1/traces`. A collector stand-in records what arrives.
 */
let collector: StandIn;
const received: StandInRequest[] = [];

afterAll(async () => {
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  await collector?.close();
});

describe("OpenTelemetry export", () => {
  it("sends a span to the collector named by OTEL_EXPORTER_OTLP_ENDPOINT, under the service name", async () => {
    collector = await listen((request) => {
      received.push(request);
      return { status: 200, body: {} };
    });
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
    process.env.OTEL_SERVICE_NAME = "keel-otel-test";
    const { register } = await import("@/instrumentation");
    await register();

    const spanName = `keel-test-span-${Math.random().toString(36).slice(2, 8)}`;
    trace.getTracer("keel-test").startActiveSpan(spanName, (span) => span.end());
    // The exporter batches: flush what the provider holds, as a shutdown would.
    const provider = (trace.getTracerProvider() as TracerProvider & { getDelegate?: () => TracerProvider }).getDelegate?.() as { forceFlush?: () => Promise<void> } | undefined;
    await provider?.forceFlush?.();

    const traces = received.filter((r) => r.method === "POST" && r.url.pathname === "/v1/traces");
    expect(traces.length).toBeGreaterThanOrEqual(1);
    const bytes = Buffer.concat(traces.map((r) => r.bytes)).toString("latin1");
    expect(bytes).toContain(spanName);
    expect(bytes).toContain("keel-otel-test");
    delete process.env.OTEL_SERVICE_NAME;
  });
});
