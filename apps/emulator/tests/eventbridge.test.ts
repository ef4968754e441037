import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  AssociateApprovalRuleTemplateWithRepositoryCommand,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand,
  CreateApprovalRuleTemplateCommand,
  CreateBranchCommand,
  CreateUnreferencedMergeCommitCommand,
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  DeleteApprovalRuleTemplateCommand,
  DeleteBranchCommand,
  DeletePullRequestApprovalRuleCommand,
  GetRepositoryCommand,
  MergeBranchesByThreeWayCommand,
  MergePullRequestByFastForwardCommand,
  OverridePullRequestApprovalRulesCommand,
  PostCommentForComparedCommitCommand,
  PostCommentForPullRequestCommand,
  PostCommentReplyCommand,
  PutCommentReactionCommand,
  UpdateApprovalRuleTemplateDescriptionCommand,
  UpdateCommentCommand,
  UpdatePullRequestApprovalRuleContentCommand,
  UpdatePullRequestApprovalStateCommand,
  UpdatePullRequestStatusCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';
import { SignatureV4 } from '@smithy/signature-v4';
import type { CodeCommitEvent } from '../src/eventbridge/envelope.ts';
import type { EventDelivery } from '../src/eventbridge/event-store.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { fsckFailures } from './git-support.ts';
import { putFile, seedRepository, tipOf } from './review-workflow-fixture.ts';
import { run } from './run.ts';

const repositoryName = 'evented';
const rule = JSON.stringify({
  Version: '2018-11-08',
  Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: 1 }],
});

let emulator: TestEmulator;
let admin: CodeCommitClient;
let developer: CodeCommitClient;
let receiver: Server;
let receiverUrl: string;
let work: string;
let checkout: string;
let repositoryArn: string;
let repositoryId: string;
const received: { path: string; event: CodeCommitEvent }[] = [];
const waiting = new Set<() => void>();

const body = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
};

/** The first event POSTed to `/all` that satisfies `test`, once it has arrived. */
const arrival = (test: (event: CodeCommitEvent) => boolean): Promise<CodeCommitEvent> =>
  new Promise((resolve) => {
    const look = (): boolean => {
      const found = received.find((entry) => entry.path === '/all' && test(entry.event));
      if (found) resolve(found.event);
      return found !== undefined;
    };
    if (look()) return;
    const wake = (): void => {
      if (look()) waiting.delete(wake);
    };
    waiting.add(wake);
  });

const named = (event: string, extra: (detail: Record<string, unknown>) => boolean = () => true) =>
  arrival((candidate) => candidate.detail.event === event && extra(candidate.detail));

const git = async (args: string[]): Promise<string> => {
  const result = await run('git', args, { cwd: checkout, env: emulator.awsEnv('developer') });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
};

const envelope = {
  version: '0',
  id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  source: 'aws.codecommit',
  account: '123456789012',
  time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
  region: 'us-east-1',
};

beforeAll(async () => {
  emulator = await startTestEmulator();
  admin = emulator.client('admin');
  developer = emulator.client('developer');
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-eventbridge-'));
  receiver = createServer((req, res) => {
    void body(req).then((text) => {
      received.push({ path: req.url ?? '', event: JSON.parse(text) as CodeCommitEvent });
      res.end('ok');
      for (const wake of [...waiting]) wake();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const file = path.join(emulator.dataDir, 'emulator.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(
    file,
    JSON.stringify({
      ...config,
      eventBridgeTargets: [
        `${receiverUrl}/all`,
        {
          url: `${receiverUrl}/main-only`,
          eventPattern: {
            'detail-type': ['CodeCommit Repository State Change'],
            detail: { referenceName: ['main'] },
          },
        },
      ],
    }),
  );
  await seedRepository(developer, repositoryName, []);
  const { repositoryMetadata } = await admin.send(new GetRepositoryCommand({ repositoryName }));
  repositoryArn = repositoryMetadata?.Arn ?? '';
  repositoryId = repositoryMetadata?.repositoryId ?? '';
  checkout = path.join(work, repositoryName);
  const cloned = await run(
    'git',
    ['clone', '--quiet', repositoryMetadata?.cloneUrlHttp ?? '', checkout],
    { env: emulator.awsEnv('developer') },
  );
  if (cloned.code !== 0) throw new Error(cloned.stderr);
});
afterAll(async () => {
  receiver.close();
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

describe('CodeCommit Repository State Change', () => {
  it('goes out for branches and tags created, updated and deleted by git push', async () => {
    const main = await tipOf(developer, repositoryName, 'main');
    await git(['push', '--quiet', 'origin', `${main}:refs/heads/pushed`]);
    const created = await named('referenceCreated', (detail) => detail.referenceName === 'pushed');
    expect(created).toEqual({
      ...envelope,
      'detail-type': 'CodeCommit Repository State Change',
      resources: [repositoryArn],
      detail: {
        callerUserArn: emulator.user('developer').arn,
        event: 'referenceCreated',
        repositoryName,
        repositoryId,
        referenceType: 'branch',
        referenceName: 'pushed',
        referenceFullName: 'refs/heads/pushed',
        commitId: main,
      },
    });

    await git(['commit', '--quiet', '--allow-empty', '-m', 'Pushed to main']);
    const pushed = await git(['rev-parse', 'HEAD']);
    await git(['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    expect(
      (await named('referenceUpdated', (detail) => detail.commitId === pushed)).detail,
    ).toMatchObject({
      referenceName: 'main',
      referenceFullName: 'refs/heads/main',
      commitId: pushed,
      oldCommitId: main,
    });

    await git(['tag', 'v1', pushed]);
    await git(['push', '--quiet', 'origin', 'refs/tags/v1']);
    expect(
      (await named('referenceCreated', (detail) => detail.referenceName === 'v1')).detail,
    ).toMatchObject({ referenceType: 'tag', referenceFullName: 'refs/tags/v1', commitId: pushed });

    await git(['push', '--quiet', 'origin', ':refs/heads/pushed']);
    const deleted = await named('referenceDeleted', (detail) => detail.referenceName === 'pushed');
    expect(deleted.detail).toMatchObject({
      referenceFullName: 'refs/heads/pushed',
      oldCommitId: main,
    });
    expect(deleted.detail).not.toHaveProperty('commitId');
  });

  it('goes out for branches created and deleted through the API, naming the caller', async () => {
    const main = await tipOf(developer, repositoryName, 'main');
    await admin.send(
      new CreateBranchCommand({ repositoryName, branchName: 'api', commitId: main }),
    );
    const created = await named('referenceCreated', (detail) => detail.referenceName === 'api');
    expect(created.detail).toMatchObject({
      callerUserArn: emulator.user('admin').arn,
      commitId: main,
    });
    await admin.send(new DeleteBranchCommand({ repositoryName, branchName: 'api' }));
    expect(
      (await named('referenceDeleted', (detail) => detail.referenceName === 'api')).detail,
    ).toMatchObject({ callerUserArn: emulator.user('admin').arn, oldCommitId: main });
  });

  it('reaches a target only when its event pattern matches', () => {
    const matched = received.filter((entry) => entry.path === '/main-only');
    expect(matched.length).toBeGreaterThan(0);
    for (const { event } of matched) {
      expect(event['detail-type']).toBe('CodeCommit Repository State Change');
      expect(event.detail.referenceName).toBe('main');
    }
  });
});

describe('CodeCommit Repository State Change for merges made by the API', () => {
  it('tells what was merged, and announces merge commits no branch points to', async () => {
    const main = await tipOf(developer, repositoryName, 'main');
    await developer.send(
      new CreateBranchCommand({ repositoryName, branchName: 'topic', commitId: main }),
    );
    const topic = await putFile(developer, repositoryName, 'topic', 'topic.txt', 'topic\n');
    const onMain = await putFile(developer, repositoryName, 'main', 'main.txt', 'main\n');

    const { commitId: unreferenced } = await developer.send(
      new CreateUnreferencedMergeCommitCommand({
        repositoryName,
        sourceCommitSpecifier: 'topic',
        destinationCommitSpecifier: 'main',
        mergeOption: 'SQUASH_MERGE',
        conflictResolutionStrategy: 'AUTOMERGE',
      }),
    );
    const created = await named(
      'unreferencedMergeCommitCreated',
      (detail) => detail.commitId === unreferenced,
    );
    expect(created.detail).toEqual({
      callerUserArn: emulator.user('developer').arn,
      event: 'unreferencedMergeCommitCreated',
      repositoryName,
      repositoryId,
      commitId: unreferenced,
      baseCommitId: main,
      sourceCommitId: topic,
      destinationCommitId: onMain,
      mergeOption: 'SQUASH_MERGE',
      conflictDetailsLevel: 'LINE_LEVEL',
      conflictResolutionStrategy: 'AUTOMERGE',
    });

    const { commitId: merged } = await developer.send(
      new MergeBranchesByThreeWayCommand({
        repositoryName,
        sourceCommitSpecifier: 'topic',
        destinationCommitSpecifier: 'main',
      }),
    );
    const updated = await named(
      'referenceUpdated',
      (detail) => detail.commitId === merged && detail.referenceName === 'main',
    );
    expect(updated.detail).toMatchObject({
      oldCommitId: onMain,
      baseCommitId: main,
      sourceCommitId: topic,
      destinationCommitId: onMain,
      mergeOption: 'THREE_WAY_MERGE',
    });
  });
});

describe('CodeCommit Pull Request State Change', () => {
  it('goes out for each step of a pull request, from creation to merge', async () => {
    const main = await tipOf(developer, repositoryName, 'main');
    await developer.send(
      new CreateBranchCommand({ repositoryName, branchName: 'review', commitId: main }),
    );
    const { pullRequest } = await developer.send(
      new CreatePullRequestCommand({
        title: 'Review me',
        description: 'Please look',
        targets: [{ repositoryName, sourceReference: 'review', destinationReference: 'main' }],
      }),
    );
    const pullRequestId = pullRequest?.pullRequestId ?? '';
    const forThis = (detail: Record<string, unknown>) => detail.pullRequestId === pullRequestId;

    const created = await named('pullRequestCreated', forThis);
    expect(created).toEqual({
      ...envelope,
      'detail-type': 'CodeCommit Pull Request State Change',
      resources: [repositoryArn],
      detail: {
        author: emulator.user('developer').arn,
        callerUserArn: emulator.user('developer').arn,
        creationDate: expect.stringMatching(
          /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d UTC \d{4}$/,
        ),
        description: 'Please look',
        destinationCommit: main,
        destinationReference: 'refs/heads/main',
        event: 'pullRequestCreated',
        isMerged: 'False',
        lastModifiedDate: expect.any(String),
        notificationBody: `A pull request event occurred in the following AWS CodeCommit repository: ${repositoryName}. User: ${emulator.user('developer').arn}. Event: Created. The pull request was created with the following information: Pull Request ID as ${pullRequestId} and title as Review me. For more information, go to the AWS CodeCommit console https://us-east-1.console.aws.amazon.com/codesuite/codecommit/repositories/${repositoryName}/pull-requests/${pullRequestId}?region=us-east-1`,
        pullRequestId,
        pullRequestStatus: 'Open',
        repositoryNames: [repositoryName],
        revisionId: pullRequest?.revisionId,
        sourceCommit: main,
        sourceReference: 'refs/heads/review',
        title: 'Review me',
      },
    });

    const source = await putFile(developer, repositoryName, 'review', 'review.txt', 'more\n');
    expect((await named('pullRequestSourceBranchUpdated', forThis)).detail.sourceCommit).toBe(
      source,
    );

    await developer.send(
      new CreatePullRequestApprovalRuleCommand({
        pullRequestId,
        approvalRuleName: 'one-approver',
        approvalRuleContent: rule,
      }),
    );
    const ruleCreated = await named('pullRequestApprovalRuleCreated', forThis);
    expect(ruleCreated.detail).toMatchObject({
      approvalRuleName: 'one-approver',
      approvalRuleId: expect.any(String),
      approvalRuleContentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await developer.send(
      new UpdatePullRequestApprovalRuleContentCommand({
        pullRequestId,
        approvalRuleName: 'one-approver',
        newRuleContent: rule.replace('"NumberOfApprovalsNeeded":1', '"NumberOfApprovalsNeeded":2'),
      }),
    );
    expect((await named('pullRequestApprovalRuleUpdated', forThis)).detail.approvalRuleName).toBe(
      'one-approver',
    );

    const revisionId = String(
      (await named('pullRequestSourceBranchUpdated', forThis)).detail.revisionId,
    );
    await admin.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId,
        approvalState: 'APPROVE',
      }),
    );
    expect(await named('pullRequestApprovalStateChanged', forThis)).toMatchObject({
      detail: { approvalStatus: 'APPROVE', callerUserArn: emulator.user('admin').arn },
    });

    await admin.send(
      new OverridePullRequestApprovalRulesCommand({
        pullRequestId,
        revisionId,
        overrideStatus: 'OVERRIDE',
      }),
    );
    expect((await named('pullRequestApprovalRuleOverridden', forThis)).detail.overrideStatus).toBe(
      'OVERRIDE',
    );

    await admin.send(
      new DeletePullRequestApprovalRuleCommand({ pullRequestId, approvalRuleName: 'one-approver' }),
    );
    expect((await named('pullRequestApprovalRuleDeleted', forThis)).detail.approvalRuleName).toBe(
      'one-approver',
    );

    await admin.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName }));
    expect((await named('pullRequestMergeStatusUpdated', forThis)).detail).toMatchObject({
      isMerged: 'True',
      pullRequestStatus: 'Closed',
      mergeOption: 'FAST_FORWARD_MERGE',
      callerUserArn: emulator.user('admin').arn,
    });
    expect(
      (
        await named(
          'referenceUpdated',
          (detail) => detail.commitId === source && detail.referenceName === 'main',
        )
      ).detail,
    ).toMatchObject({
      oldCommitId: main,
      callerUserArn: emulator.user('admin').arn,
      baseCommitId: main,
      sourceCommitId: source,
      destinationCommitId: main,
      mergeOption: 'FAST_FORWARD_MERGE',
      conflictDetailsLevel: 'LINE_LEVEL',
      conflictResolutionStrategy: 'NONE',
    });
  });

  it('goes out when a pull request is closed without merging', async () => {
    const main = await tipOf(developer, repositoryName, 'main');
    await developer.send(
      new CreateBranchCommand({ repositoryName, branchName: 'abandoned', commitId: main }),
    );
    await putFile(developer, repositoryName, 'abandoned', 'abandoned.txt', 'no\n');
    const { pullRequest } = await developer.send(
      new CreatePullRequestCommand({
        title: 'Never mind',
        targets: [{ repositoryName, sourceReference: 'abandoned', destinationReference: 'main' }],
      }),
    );
    const pullRequestId = pullRequest?.pullRequestId ?? '';
    await developer.send(
      new UpdatePullRequestStatusCommand({ pullRequestId, pullRequestStatus: 'CLOSED' }),
    );
    const closed = await named(
      'pullRequestStatusChanged',
      (detail) => detail.pullRequestId === pullRequestId,
    );
    expect(closed.detail).toMatchObject({ pullRequestStatus: 'Closed', isMerged: 'False' });
  });
});

describe('CodeCommit comment and reaction events', () => {
  it('go out for comments on commits and on pull requests, posted, replied, edited and reacted to', async () => {
    const older = await tipOf(developer, repositoryName, 'main');
    const newer = await putFile(developer, repositoryName, 'main', 'comments.txt', 'one\n');
    const { comment } = await developer.send(
      new PostCommentForComparedCommitCommand({
        repositoryName,
        beforeCommitId: older,
        afterCommitId: newer,
        content: 'Looks right',
      }),
    );
    const commentId = comment?.commentId ?? '';
    const onCommit = await named(
      'commentOnCommitCreated',
      (detail) => detail.commentId === commentId,
    );
    expect(onCommit).toEqual({
      ...envelope,
      'detail-type': 'CodeCommit Comment on Commit',
      resources: [repositoryArn],
      detail: {
        beforeCommitId: older,
        afterCommitId: newer,
        callerUserArn: emulator.user('developer').arn,
        commentId,
        event: 'commentOnCommitCreated',
        notificationBody: expect.stringContaining(
          `The user ${emulator.user('developer').arn} made a comment. The comment was made on the following comment ID: ${commentId}.`,
        ),
        repositoryId,
        repositoryName,
      },
    });

    await developer.send(new UpdateCommentCommand({ commentId, content: 'Looks right to me' }));
    await named('commentOnCommitUpdated', (detail) => detail.commentId === commentId);

    const main = await tipOf(developer, repositoryName, 'main');
    await developer.send(
      new CreateBranchCommand({ repositoryName, branchName: 'discussed', commitId: main }),
    );
    const source = await putFile(developer, repositoryName, 'discussed', 'talk.txt', 'talk\n');
    const { pullRequest } = await developer.send(
      new CreatePullRequestCommand({
        title: 'Talk about it',
        targets: [{ repositoryName, sourceReference: 'discussed', destinationReference: 'main' }],
      }),
    );
    const pullRequestId = pullRequest?.pullRequestId ?? '';
    const posted = await admin.send(
      new PostCommentForPullRequestCommand({
        pullRequestId,
        repositoryName,
        beforeCommitId: main,
        afterCommitId: source,
        content: 'Why?',
      }),
    );
    const question = posted.comment?.commentId ?? '';
    const onPullRequest = await named(
      'commentOnPullRequestCreated',
      (detail) => detail.commentId === question,
    );
    expect(onPullRequest['detail-type']).toBe('CodeCommit Comment on Pull Request');
    expect(onPullRequest.detail).toMatchObject({
      pullRequestId,
      beforeCommitId: main,
      afterCommitId: source,
      callerUserArn: emulator.user('admin').arn,
    });

    const reply = await developer.send(
      new PostCommentReplyCommand({ inReplyTo: question, content: 'Because.' }),
    );
    const replied = await named(
      'commentOnPullRequestCreated',
      (detail) => detail.commentId === reply.comment?.commentId,
    );
    expect(replied.detail).toMatchObject({ inReplyTo: question, pullRequestId });

    await developer.send(
      new PutCommentReactionCommand({ commentId: question, reactionValue: ':thumbsdown:' }),
    );
    const reacted = await named(
      'commentReactionCreated',
      (detail) => detail.commentId === question,
    );
    expect(reacted).toEqual({
      ...envelope,
      'detail-type': 'CodeCommit Comment Reaction Change',
      resources: [repositoryArn],
      detail: {
        callerUserArn: emulator.user('developer').arn,
        commentId: question,
        event: 'commentReactionCreated',
        notificationBody: `A comment reaction event occurred in the following AWS CodeCommit Repository: ${repositoryName}. The user: ${emulator.user('developer').arn} made a comment reaction 👎 to the comment with comment ID: ${question}`,
        reactionEmojis: ['👎'],
        reactionShortcodes: [':thumbsdown:'],
        reactionUnicodes: ['U+1F44E'],
        repositoryId,
        repositoryName,
      },
    });
    await developer.send(
      new PutCommentReactionCommand({ commentId: question, reactionValue: 'U+1F389' }),
    );
    const changed = await named(
      'commentReactionUpdated',
      (detail) => detail.commentId === question,
    );
    expect(changed.detail).toMatchObject({ reactionShortcodes: [':hooray:'] });
  });
});

describe('CodeCommit Approval Rule Template Change', () => {
  it('goes out when a template is created, changed, associated, disassociated and deleted', async () => {
    const approvalRuleTemplateName = 'two-reviewers';
    const { approvalRuleTemplate } = await admin.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName,
        approvalRuleTemplateContent: rule,
      }),
    );
    const approvalRuleTemplateId = approvalRuleTemplate?.approvalRuleTemplateId ?? '';
    const ofThis = (detail: Record<string, unknown>) =>
      detail.approvalRuleTemplateId === approvalRuleTemplateId;
    const created = await named('approvalRuleTemplateCreated', ofThis);
    expect(created).toEqual({
      ...envelope,
      'detail-type': 'CodeCommit Approval Rule Template Change',
      resources: [],
      detail: {
        approvalRuleTemplateContentSha256: approvalRuleTemplate?.ruleContentSha256,
        approvalRuleTemplateId,
        approvalRuleTemplateName,
        callerUserArn: emulator.user('admin').arn,
        creationDate: expect.stringMatching(/ UTC \d{4}$/),
        event: 'approvalRuleTemplateCreated',
        lastModifiedDate: expect.stringMatching(/ UTC \d{4}$/),
        notificationBody: `A approval rule template event occurred in the following AWS CodeCommit account: 123456789012. User: ${emulator.user('admin').arn}. Additional information: An approval rule template with the following name has been created: ${approvalRuleTemplateName}. The ID of the created template is: ${approvalRuleTemplateId}. For more information, go to the AWS CodeCommit console.`,
        repositories: {},
      },
    });

    await admin.send(
      new UpdateApprovalRuleTemplateDescriptionCommand({
        approvalRuleTemplateName,
        approvalRuleTemplateDescription: 'Two people look at every change',
      }),
    );
    await named('approvalRuleTemplateUpdated', ofThis);

    await admin.send(
      new AssociateApprovalRuleTemplateWithRepositoryCommand({
        approvalRuleTemplateName,
        repositoryName,
      }),
    );
    const associated = await named('approvalRuleTemplateAssociatedWithRepository', ofThis);
    expect(associated.resources).toEqual([repositoryArn]);
    expect(associated.detail.repositories).toEqual({ [repositoryName]: repositoryId });

    await admin.send(
      new BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand({
        approvalRuleTemplateName,
        repositoryNames: [repositoryName],
      }),
    );
    const disassociated = await named(
      'batchDisassociateApprovalRuleTemplateFromRepositories',
      ofThis,
    );
    expect(disassociated.detail.repositories).toEqual({ [repositoryName]: repositoryId });

    await admin.send(new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName }));
    expect((await named('approvalRuleTemplateDeleted', ofThis)).resources).toEqual([]);
  });
});

describe('GET /_emulator/event-deliveries', () => {
  const getDeliveries = async (user?: 'reader'): Promise<Response> => {
    const url = new URL(
      `/_emulator/event-deliveries?repositoryName=${repositoryName}`,
      emulator.url,
    );
    if (!user) return fetch(url);
    const client = emulator.client(user);
    const signed = await new SignatureV4({
      service: 'codecommit',
      region: 'us-east-1',
      credentials: client.config.credentials,
      sha256: client.config.sha256,
    }).sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { host: url.host },
    });
    const { host: _host, ...headers } = signed.headers;
    return fetch(url, { headers });
  };

  it('lists every event with where it went, for a signed reader of the triggers', async () => {
    const response = await getDeliveries('reader');
    expect(response.status).toBe(200);
    const { deliveries } = (await response.json()) as { deliveries: EventDelivery[] };
    const created = deliveries.find(
      (delivery) =>
        delivery.eventName === 'pullRequestCreated' &&
        delivery.delivery.url === `${receiverUrl}/all`,
    );
    expect(created).toMatchObject({
      repositoryName,
      detailType: 'CodeCommit Pull Request State Change',
      event: { source: 'aws.codecommit', detail: { event: 'pullRequestCreated' } },
      delivery: { status: 'delivered', responseStatus: 200 },
    });
    const toMainOnly = deliveries.filter(
      (delivery) => delivery.delivery.url === `${receiverUrl}/main-only`,
    );
    expect(toMainOnly.every((delivery) => delivery.event.detail.referenceName === 'main')).toBe(
      true,
    );
  });

  it('refuses an unsigned request', async () => {
    const response = await getDeliveries();
    expect(response.status).toBe(403);
    expect(((await response.json()) as { __type: string }).__type).toBe(
      'MissingAuthenticationTokenException',
    );
  });

  it('leaves every repository passing git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
