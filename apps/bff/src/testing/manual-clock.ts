/** A clock that moves only when told to: windows in tests then never depend on machine load. */
export interface ManualClock {
  now(): number;
  advance(milliseconds: number): void;
}

export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance(milliseconds) {
      current += milliseconds;
    },
  };
}
