import type { DemoUser } from '../harness.ts';
import type { World } from './world.ts';

export type Input = Record<string, unknown>;

/** How the conformance test calls one operation. */
export interface Scenario {
  /** Who calls (default admin). */
  user?: DemoUser;
  /** A valid input, after creating whatever the call needs. */
  valid(world: World): Promise<Input>;
  /** A call the operation must refuse, for operations with no required member to leave out. */
  invalid?: Input;
}

export type Scenarios = Record<string, Scenario>;
