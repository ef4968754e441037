/** One thing an instance needs before it can serve: throws, saying what is wrong, when it is not ready. */
export interface ReadinessCheck {
  /** Shown in /readyz: `configuration`, `codecommit`, `redis`, … */
  name: string;
  /** Resolves with a short detail when ready; rejects with the reason when not. */
  check(): Promise<string | void>;
}

export interface CheckResult {
  ok: boolean;
  detail?: string;
  error?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

export interface Readiness {
  /** Adds a check (the shared state adds one for Valkey or Redis). */
  register(check: ReadinessCheck): void;
  /** Runs every check at once; reuses a report younger than `reuseMs`, and one run in flight. */
  report(): Promise<ReadinessReport>;
}

/**
 * The checks a load balancer's readiness probe runs. Probes come every few seconds from each
 * balancer, so a report is reused briefly and never asked twice at the same time: CodeCommit sees
 * at most one call per `reuseMs` from them.
 */
export function createReadiness(
  options: { now?: () => number; reuseMs?: number; checks?: ReadinessCheck[] } = {},
): Readiness {
  const checks: ReadinessCheck[] = [...(options.checks ?? [])];
  const now = options.now ?? Date.now;
  const reuseMs = options.reuseMs ?? 2000;
  let last: { at: number; report: ReadinessReport } | undefined;
  let running: Promise<ReadinessReport> | undefined;

  async function run(): Promise<ReadinessReport> {
    const results = await Promise.all(
      checks.map(async ({ name, check }): Promise<[string, CheckResult]> => {
        try {
          const detail = await check();
          return [name, { ok: true, ...(detail ? { detail } : {}) }];
        } catch (error) {
          return [name, { ok: false, error: (error as Error).message }];
        }
      }),
    );
    return {
      ready: results.every(([, result]) => result.ok),
      checks: Object.fromEntries(results),
    };
  }

  return {
    register(check) {
      checks.push(check);
      last = undefined;
    },
    report() {
      if (last && now() - last.at < reuseMs) return Promise.resolve(last.report);
      running ??= run()
        .then((report) => {
          last = { at: now(), report };
          return report;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
