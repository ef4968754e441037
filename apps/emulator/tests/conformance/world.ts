import {
  CreateApprovalRuleTemplateCommand,
  CreateBranchCommand,
  CreatePullRequestCommand,
  GetPullRequestCommand,
  PostCommentForPullRequestCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';
import type { DemoUser, TestEmulator } from '../harness.ts';
import { numbered, putFile, seedRepository } from '../review-workflow-fixture.ts';
import { rawCaller, type RawAnswer } from './raw-call.ts';

export const accountId = '123456789012';

const statements = [
  {
    Type: 'Approvers',
    NumberOfApprovalsNeeded: 1,
    ApprovalPoolMembers: [`arn:aws:iam::${accountId}:user/*`],
  },
];

/** Content of the pull request approval rules the conformance test makes. */
export const ruleContent = JSON.stringify({ Version: '2018-11-08', Statements: statements });

/** Content of its approval rule templates: a rule plus the branches it applies to. */
export const templateContent = JSON.stringify({
  Version: '2018-11-08',
  DestinationReferences: ['refs/heads/main'],
  Statements: statements,
});

export interface PullRequestInfo {
  pullRequestId: string;
  revisionId: string;
  sourceCommit: string;
  destinationCommit: string;
  sourceReference: string;
}

export type PairKind = 'ahead' | 'diverged' | 'conflicting';

export interface BranchPair {
  source: string;
  destination: string;
  sourceTip: string;
  destinationTip: string;
}

/**
 * What the conformance scenarios stand on: one repository (`main` with README.md, lines.txt and
 * docs/guide.md; `feature` one commit ahead), and helpers that make fresh branches, pull requests,
 * comments and templates, so a scenario that changes or deletes something has its own.
 */
export interface World {
  repositoryName: string;
  mainTip: string;
  featureTip: string;
  call(operation: string, input: unknown, user?: DemoUser): Promise<RawAnswer>;
  client(user?: DemoUser): CodeCommitClient;
  /** A name no other scenario uses. */
  unique(prefix: string): string;
  /** A branch cut from main (which no scenario moves). */
  branch(prefix: string): Promise<string>;
  /** Commits one file to a branch; returns the new tip. */
  commit(branchName: string, filePath: string, content: string): Promise<string>;
  /**
   * Two branches cut from main: `ahead` moves only the source; `diverged` adds a different file on
   * each; `conflicting` changes line 5 of lines.txt on both.
   */
  branchPair(prefix: string, kind: PairKind): Promise<BranchPair>;
  /** A conflicting pair shared by the scenarios that only read conflicts. */
  sharedConflict(): Promise<BranchPair>;
  /** A pull request by admin from a fresh branch one commit ahead of main. */
  pullRequest(prefix: string, pair?: BranchPair): Promise<PullRequestInfo>;
  /** The pull request shared by scenarios that only read or annotate it. */
  sharedPullRequest(): Promise<PullRequestInfo>;
  /** A comment by admin on lines.txt in the shared pull request, made once. */
  comment(): Promise<string>;
  /** A new comment by admin on the shared pull request. */
  newComment(): Promise<string>;
  /** An approval rule template by admin. */
  template(prefix: string): Promise<string>;
}

const memo = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

export async function buildWorld(emulator: TestEmulator): Promise<World> {
  const repositoryName = 'conformance';
  const admin = emulator.client('admin');
  const callers = new Map<DemoUser, ReturnType<typeof rawCaller>>();
  const clients = new Map<DemoUser, CodeCommitClient>([['admin', admin]]);
  const client = (user: DemoUser = 'admin'): CodeCommitClient => {
    const found = clients.get(user) ?? emulator.client(user);
    clients.set(user, found);
    return found;
  };
  let counter = 0;
  const unique = (prefix: string): string => `${prefix}-${++counter}`;

  await seedRepository(admin, repositoryName, []);
  await putFile(admin, repositoryName, 'main', 'docs/guide.md', '# Guide\n');
  const mainTip = await putFile(admin, repositoryName, 'main', 'docs/usage.md', '# Usage\n');
  await admin.send(
    new CreateBranchCommand({ repositoryName, branchName: 'feature', commitId: mainTip }),
  );
  const featureTip = await putFile(
    admin,
    repositoryName,
    'feature',
    'lines.txt',
    numbered(10, { 2: 'line two, changed on feature' }),
  );

  const branch = async (prefix: string): Promise<string> => {
    const branchName = unique(prefix);
    await admin.send(new CreateBranchCommand({ repositoryName, branchName, commitId: mainTip }));
    return branchName;
  };

  const commit = (branchName: string, filePath: string, content: string): Promise<string> =>
    putFile(admin, repositoryName, branchName, filePath, content);

  const branchPair = async (prefix: string, kind: PairKind): Promise<BranchPair> => {
    const source = await branch(`${prefix}-source`);
    const destination = await branch(`${prefix}-destination`);
    if (kind === 'conflicting') {
      return {
        source,
        destination,
        sourceTip: await commit(source, 'lines.txt', numbered(10, { 5: 'five from source' })),
        destinationTip: await commit(destination, 'lines.txt', numbered(10, { 5: 'five here' })),
      };
    }
    return {
      source,
      destination,
      sourceTip: await commit(source, `${source}.txt`, 'from source\n'),
      destinationTip:
        kind === 'diverged'
          ? await commit(destination, `${destination}.txt`, 'from destination\n')
          : mainTip,
    };
  };

  const pullRequest = async (prefix: string, pair?: BranchPair): Promise<PullRequestInfo> => {
    const sourceReference = pair?.source ?? (await branch(prefix));
    if (!pair) await commit(sourceReference, 'lines.txt', numbered(12, { 3: prefix }));
    const created = await admin.send(
      new CreatePullRequestCommand({
        title: `Conformance ${prefix}`,
        description: 'A pull request the conformance test reviews.',
        targets: [
          {
            repositoryName,
            sourceReference,
            ...(pair ? { destinationReference: pair.destination } : {}),
          },
        ],
      }),
    );
    const pullRequestId = created.pullRequest?.pullRequestId ?? '';
    const { pullRequest: found } = await admin.send(new GetPullRequestCommand({ pullRequestId }));
    const target = found?.pullRequestTargets?.[0];
    return {
      pullRequestId,
      revisionId: found?.revisionId ?? '',
      sourceCommit: target?.sourceCommit ?? '',
      destinationCommit: target?.destinationCommit ?? '',
      sourceReference,
    };
  };

  const sharedPullRequest = memo(() => pullRequest('shared'));

  const newComment = async (): Promise<string> => {
    const shared = await sharedPullRequest();
    const posted = await admin.send(
      new PostCommentForPullRequestCommand({
        pullRequestId: shared.pullRequestId,
        repositoryName,
        beforeCommitId: shared.destinationCommit,
        afterCommitId: shared.sourceCommit,
        location: { filePath: 'lines.txt', filePosition: 3, relativeFileVersion: 'AFTER' },
        content: 'A comment for the conformance test.',
      }),
    );
    return posted.comment?.commentId ?? '';
  };
  const comment = memo(newComment);

  const template = async (prefix: string): Promise<string> => {
    const approvalRuleTemplateName = unique(prefix);
    await admin.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName,
        approvalRuleTemplateContent: templateContent,
        approvalRuleTemplateDescription: 'A template for the conformance test.',
      }),
    );
    return approvalRuleTemplateName;
  };

  return {
    repositoryName,
    mainTip,
    featureTip,
    call(operation, input, user = 'admin') {
      const caller = callers.get(user) ?? rawCaller(client(user));
      callers.set(user, caller);
      return caller(operation, input);
    },
    client,
    unique,
    branch,
    commit,
    branchPair,
    sharedConflict: memo(() => branchPair('conflict', 'conflicting')),
    pullRequest,
    sharedPullRequest,
    comment,
    newComment,
    template,
  };
}
