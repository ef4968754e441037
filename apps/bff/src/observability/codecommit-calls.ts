import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { recordCodeCommitOutcome } from '../gateway/call-counter.ts';
import { SERVICE_NAME } from './service-name.ts';

/** How one CodeCommit call (with the SDK's retries) ended. */
export type CallOutcome = 'success' | 'throttled' | 'refused' | 'failed';

/** One CodeCommit call as the SDK made it: every attempt, every retry. */
export interface CodeCommitCallRecord {
  /** The API operation, in AWS's words: `GetBranch`, `BatchGetCommits`, … */
  operation: string;
  outcome: CallOutcome;
  /** The exception name when CodeCommit refused or the call failed. */
  errorName?: string;
  /** Attempts CodeCommit answered with throttling, retried or not. */
  throttles: number;
  retries: number;
  seconds: number;
}

interface Failure {
  name?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $retryable?: { throttling?: boolean };
}

function isThrottling(error: Failure): boolean {
  return (
    error.$retryable?.throttling === true ||
    error.$metadata?.httpStatusCode === 429 ||
    /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.name ?? '')
  );
}

function outcomeOf(error: Failure): CallOutcome {
  if (isThrottling(error)) return 'throttled';
  const status = error.$metadata?.httpStatusCode;
  return status !== undefined && status >= 400 && status < 500 ? 'refused' : 'failed';
}

/**
 * Watches every call `client` makes: each attempt (inside the SDK's retries) for throttling,
 * and the whole call for its outcome, retries and duration. Each call is counted for the request
 * being served (its log line) and handed to `onCall` (the metrics).
 */
export function observeCodeCommitCalls(
  client: CodeCommitClient,
  onCall: (call: CodeCommitCallRecord) => void = () => {},
  /** Makes a span of each call, a child of the request's; without one (no OTEL endpoint) they cost nothing. */
  tracer: Tracer = trace.getTracer(SERVICE_NAME),
): CodeCommitClient {
  const throttlesOf = new WeakMap<object, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isThrottling(error as Failure))
          throttlesOf.set(context, (throttlesOf.get(context) ?? 0) + 1);
        throw error;
      }
    },
    // The deserialize step runs once per attempt, inside the retry middleware; high priority
    // puts this outside the deserializer, where the answer is already an exception.
    { step: 'deserialize', priority: 'high', name: 'observeCodeCommitAttempts' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      // A child of the request's span: one per call, retries included.
      const span = tracer.startSpan(`CodeCommit.${operation}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'rpc.system': 'aws-api',
          'rpc.service': 'CodeCommit',
          'rpc.method': operation,
        },
      });
      const started = performance.now();
      const finish = (outcome: CallOutcome, attempts: number | undefined, errorName?: string) => {
        const call: CodeCommitCallRecord = {
          operation,
          outcome,
          ...(errorName ? { errorName } : {}),
          throttles: throttlesOf.get(context) ?? 0,
          retries: Math.max(0, (attempts ?? 1) - 1),
          seconds: (performance.now() - started) / 1000,
        };
        recordCodeCommitOutcome(call);
        onCall(call);
        span.setAttributes({
          'aws.codecommit.outcome': outcome,
          'aws.codecommit.retries': call.retries,
        });
        if (outcome !== 'success')
          span.setStatus({ code: SpanStatusCode.ERROR, message: errorName });
        span.end();
      };
      try {
        const result = await next(args);
        const metadata = (result.output as { $metadata?: { attempts?: number } }).$metadata;
        finish('success', metadata?.attempts);
        return result;
      } catch (error) {
        const failure = error as Failure;
        finish(outcomeOf(failure), failure.$metadata?.attempts, failure.name);
        throw error;
      }
    },
    { step: 'initialize', name: 'observeCodeCommitCalls' },
  );
  return client;
}
