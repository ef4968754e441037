import { httpInstrumentationMiddleware } from '@hono/otel';
import type { TracerProvider } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { SERVICE_NAME } from './service-name.ts';

/**
 * OpenTelemetry traces over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (the exporter reads the
 * standard OTEL_* variables itself). Registered globally, so the CodeCommit calls made while a
 * request is served become its child spans. Undefined when no endpoint is configured.
 */
export function startTracing(
  env: Record<string, string | undefined> = process.env,
): NodeTracerProvider | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  const provider = new NodeTracerProvider({
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return provider;
}

/**
 * One server span per request, named by method and route pattern (`@hono/otel`).
 *
 * @example
 * ```ts
 * app.use(requestSpans(tracerProvider))
 * ```
 */
export function requestSpans(tracerProvider: TracerProvider) {
  return httpInstrumentationMiddleware({ serviceName: SERVICE_NAME, tracerProvider });
}
