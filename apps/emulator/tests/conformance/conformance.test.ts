import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/operations/index.ts';
import { startTestEmulator, type TestEmulator } from '../harness.ts';
import { checkShape } from './check-shape.ts';
import { operationProblems } from './operation-problems.ts';
import type { Scenarios } from './scenario.ts';
import { approvalRuleTemplateScenarios } from './scenarios/approval-rule-templates.ts';
import { approvalScenarios } from './scenarios/approvals.ts';
import { codeScenarios } from './scenarios/code.ts';
import { commentScenarios } from './scenarios/comments.ts';
import { mergeScenarios } from './scenarios/merges.ts';
import { pullRequestScenarios } from './scenarios/pull-requests.ts';
import { repositoryScenarios } from './scenarios/repositories.ts';
import { triggerScenarios } from './scenarios/triggers.ts';
import { allOperations } from './service-shapes.ts';
import { buildWorld, type World } from './world.ts';

/**
 * Operations the emulator does not answer yet. This list must shrink to empty: whoever adds an
 * operation to the dispatch table removes it here in the same change (the dispatch test fails
 * until they do), and from then on the conformance walk below covers it.
 */
const pendingOperations: readonly string[] = [];

/**
 * Departures from the model the emulator still makes, word for word as the walk reports them.
 * Each one is a bug to fix in the emulator; the walk fails when one is fixed and still listed here.
 */
const knownProblems: readonly string[] = [];

const scenarios: Scenarios = {
  ...repositoryScenarios,
  ...codeScenarios,
  ...pullRequestScenarios,
  ...commentScenarios,
  ...approvalScenarios,
  ...approvalRuleTemplateScenarios,
  ...mergeScenarios,
  ...triggerScenarios,
};

let emulator: TestEmulator;
let world: World;
beforeAll(async () => {
  emulator = await startTestEmulator();
  world = await buildWorld(emulator);
});
afterAll(() => emulator.close());

describe('coverage of the CodeCommit API', () => {
  it('knows all 80 operations: the model’s 79 and GetBlobDifferences', () => {
    expect(allOperations).toHaveLength(80);
  });

  it('dispatches every operation but the pending ones', () => {
    const missing = allOperations.filter((name) => !Object.hasOwn(operations, name));
    expect(missing).toEqual([...pendingOperations].sort());
  });

  it('dispatches no name outside the API', () => {
    expect(Object.keys(operations).filter((name) => !allOperations.includes(name))).toEqual([]);
  });

  it('has a scenario for every operation', () => {
    expect(allOperations.filter((name) => !Object.hasOwn(scenarios, name))).toEqual([]);
    expect(Object.keys(scenarios).filter((name) => !allOperations.includes(name))).toEqual([]);
  });
});

describe('the shape check', () => {
  it('reports every way a response can stray from its shape', () => {
    const stray = {
      hunks: [{ changes: [{ type: 'CHANGE', beforeLineNumber: 1.5 }] }],
      isBinary: 'false',
      beforeBlobSize: null,
      extra: true,
    };
    expect(checkShape(stray, 'GetBlobDifferencesOutput', 'GetBlobDifferences')).toEqual([
      'GetBlobDifferences.afterBlobSize: required member missing',
      'GetBlobDifferences.hunks[0].changes[0].type: "CHANGE" is not one of ADD, CONTEXT, DELETE (BlobDifferencesDiffChangeType)',
      'GetBlobDifferences.hunks[0].changes[0].beforeLineNumber: expected a whole number (BlobDifferencesLineNumber), got number 1.5',
      'GetBlobDifferences.isBinary: expected a boolean (BlobDifferencesIgnoreWhitespace), got string "false"',
      'GetBlobDifferences.beforeBlobSize: expected a whole number (ObjectSize), got null',
      'GetBlobDifferences.extra: member not declared by GetBlobDifferencesOutput',
    ]);
    const repository = {
      repositoryMetadata: { creationDate: 1_700_000_000_000, repositoryName: 'a' },
    };
    expect(checkShape(repository, 'GetRepositoryOutput', 'GetRepository')).toEqual([
      'GetRepository.repositoryMetadata.creationDate: expected a timestamp in epoch seconds (CreationDate), got number 1700000000000',
    ]);
    expect(checkShape({ content: 'not base64!' }, 'GetBlobOutput', 'GetBlob')).toEqual([
      'GetBlob.content: expected a base64 string (blob), got string "not base64!"',
    ]);
    expect(
      checkShape({ tags: { team: 7 } }, 'ListTagsForResourceOutput', 'ListTagsForResource'),
    ).toEqual(['ListTagsForResource.tags["team"]: expected a string (TagValue), got number 7']);
  });
});

describe('conformance to the model', () => {
  it('answers every dispatched operation in its output shape and refuses bad input with a declared error', async () => {
    const problems: string[] = [];
    for (const operation of allOperations.filter((name) => !pendingOperations.includes(name))) {
      problems.push(...(await operationProblems(operation, scenarios[operation], world)));
    }
    expect(problems).toEqual(knownProblems);
  }, 240_000);
});
