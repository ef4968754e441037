import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import {
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  DeletePullRequestApprovalRuleCommand,
  DescribePullRequestEventsCommand,
  EvaluatePullRequestApprovalRulesCommand,
  GetPullRequestApprovalStatesCommand,
  GetPullRequestCommand,
  GetPullRequestOverrideStateCommand,
  OverridePullRequestApprovalRulesCommand,
  UpdatePullRequestApprovalRuleContentCommand,
  UpdatePullRequestApprovalStateCommand,
} from '@aws-sdk/client-codecommit';
import { putFile, seedRepository, reviewEmulatorForFile } from './review-workflow-fixture.ts';

const review = reviewEmulatorForFile(async ({ admin, developer }) => {
  await seedRepository(admin, 'approve', ['feature', 'second']);
  await putFile(developer, 'approve', 'feature', 'new.txt', 'new\n');
  await putFile(developer, 'approve', 'second', 'other.txt', 'other\n');
});

const rule = (needed: number, members?: string[]): string =>
  JSON.stringify({
    Version: '2018-11-08',
    Statements: [
      {
        Type: 'Approvers',
        NumberOfApprovalsNeeded: needed,
        ...(members ? { ApprovalPoolMembers: members } : {}),
      },
    ],
  });

const openPullRequest = async (sourceReference: string) => {
  const { pullRequest } = await review.developer.send(
    new CreatePullRequestCommand({
      title: `From ${sourceReference}`,
      targets: [{ repositoryName: 'approve', sourceReference }],
    }),
  );
  return {
    pullRequestId: pullRequest?.pullRequestId ?? '',
    revisionId: pullRequest?.revisionId ?? '',
  };
};

const evaluate = (pullRequestId: string, revisionId: string) =>
  review.developer.send(new EvaluatePullRequestApprovalRulesCommand({ pullRequestId, revisionId }));

describe('approval rules and approvals', () => {
  test('a rule counts approvals from its pool on the current revision; the author and readers cannot approve', async () => {
    const { pullRequestId, revisionId } = await openPullRequest('feature');
    const content = rule(2, ['arn:aws:iam::123456789012:user/*']);
    const created = await review.developer.send(
      new CreatePullRequestApprovalRuleCommand({
        pullRequestId,
        approvalRuleName: 'Two approvers',
        approvalRuleContent: content,
      }),
    );
    expect(created.approvalRule).toMatchObject({
      approvalRuleName: 'Two approvers',
      approvalRuleContent: content,
      ruleContentSha256: createHash('sha256').update(content).digest('hex'),
      lastModifiedUser: review.emulator.user('developer').arn,
    });
    await expect(
      review.developer.send(
        new CreatePullRequestApprovalRuleCommand({
          pullRequestId,
          approvalRuleName: 'Two approvers',
          approvalRuleContent: content,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ApprovalRuleNameAlreadyExistsException',
    });
    await expect(
      review.developer.send(
        new CreatePullRequestApprovalRuleCommand({
          pullRequestId,
          approvalRuleName: 'Bad',
          approvalRuleContent: '{"Version":"2018-11-08"}',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidApprovalRuleContentException',
    });
    expect((await evaluate(pullRequestId, revisionId)).evaluation).toEqual({
      approved: false,
      overridden: false,
      approvalRulesSatisfied: [],
      approvalRulesNotSatisfied: ['Two approvers'],
    });

    await expect(
      review.developer.send(
        new UpdatePullRequestApprovalStateCommand({
          pullRequestId,
          revisionId,
          approvalState: 'APPROVE',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'PullRequestCannotBeApprovedByAuthorException',
    });
    await expect(
      review.emulator.client('reader').send(
        new UpdatePullRequestApprovalStateCommand({
          pullRequestId,
          revisionId,
          approvalState: 'APPROVE',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    await review.admin.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId,
        approvalState: 'APPROVE',
      }),
    );
    expect(
      (
        await review.developer.send(
          new GetPullRequestApprovalStatesCommand({ pullRequestId, revisionId }),
        )
      ).approvals,
    ).toEqual([{ userArn: review.emulator.user('admin').arn, approvalState: 'APPROVE' }]);
    expect((await evaluate(pullRequestId, revisionId)).evaluation?.approved).toBe(false);

    await expect(
      review.developer.send(
        new UpdatePullRequestApprovalRuleContentCommand({
          pullRequestId,
          approvalRuleName: 'Two approvers',
          existingRuleContentSha256: 'f'.repeat(64),
          newRuleContent: rule(1),
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRuleContentSha256Exception' });
    const onlyDevelopers = rule(1, ['arn:aws:iam::123456789012:user/dev*']);
    await review.developer.send(
      new UpdatePullRequestApprovalRuleContentCommand({
        pullRequestId,
        approvalRuleName: 'Two approvers',
        existingRuleContentSha256: created.approvalRule?.ruleContentSha256,
        newRuleContent: onlyDevelopers,
      }),
    );
    expect(
      (await evaluate(pullRequestId, revisionId)).evaluation?.approvalRulesNotSatisfied,
    ).toEqual(['Two approvers']);
    await review.developer.send(
      new UpdatePullRequestApprovalRuleContentCommand({
        pullRequestId,
        approvalRuleName: 'Two approvers',
        newRuleContent: rule(1, ['CodeCommitApprovers:123456789012:admin']),
      }),
    );
    expect((await evaluate(pullRequestId, revisionId)).evaluation).toMatchObject({
      approved: true,
      approvalRulesSatisfied: ['Two approvers'],
    });

    await review.admin.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId,
        approvalState: 'REVOKE',
      }),
    );
    expect((await evaluate(pullRequestId, revisionId)).evaluation?.approved).toBe(false);
    await review.admin.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId,
        approvalState: 'APPROVE',
      }),
    );

    const newTip = await putFile(review.developer, 'approve', 'feature', 'newer.txt', 'newer\n');
    const { pullRequest } = await review.developer.send(
      new GetPullRequestCommand({ pullRequestId }),
    );
    expect(pullRequest?.pullRequestTargets?.[0]?.sourceCommit).toBe(newTip);
    await expect(evaluate(pullRequestId, revisionId)).rejects.toMatchObject({
      name: 'RevisionNotCurrentException',
    });
    await expect(
      review.admin.send(
        new UpdatePullRequestApprovalStateCommand({
          pullRequestId,
          revisionId,
          approvalState: 'APPROVE',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'RevisionNotCurrentException',
    });
    expect(
      (await evaluate(pullRequestId, pullRequest?.revisionId ?? '')).evaluation?.approved,
    ).toBe(false);

    await expect(
      review.developer.send(
        new DeletePullRequestApprovalRuleCommand({
          pullRequestId,
          approvalRuleName: 'Two approvers',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    const deleted = await review.admin.send(
      new DeletePullRequestApprovalRuleCommand({
        pullRequestId,
        approvalRuleName: 'Two approvers',
      }),
    );
    expect(deleted.approvalRuleId).toBe(created.approvalRule?.approvalRuleId);
    expect(
      (
        await review.admin.send(
          new DeletePullRequestApprovalRuleCommand({
            pullRequestId,
            approvalRuleName: 'Two approvers',
          }),
        )
      ).approvalRuleId,
    ).toBe('');

    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({ pullRequestId }),
    );
    expect(events.pullRequestEvents?.map((event) => event.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_APPROVAL_RULE_CREATED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_APPROVAL_RULE_UPDATED',
      'PULL_REQUEST_APPROVAL_RULE_UPDATED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
      'PULL_REQUEST_APPROVAL_RULE_DELETED',
    ]);
    expect(events.pullRequestEvents?.[2]?.approvalStateChangedEventMetadata).toEqual({
      revisionId,
      approvalStatus: 'APPROVE',
    });
    expect(events.pullRequestEvents?.[1]?.approvalRuleEventMetadata).toMatchObject({
      approvalRuleName: 'Two approvers',
      approvalRuleContent: content,
    });
  });

  test('overriding approves the current revision until revoked', async () => {
    const { pullRequestId, revisionId } = await openPullRequest('second');
    await review.developer.send(
      new CreatePullRequestApprovalRuleCommand({
        pullRequestId,
        approvalRuleName: 'Anyone',
        approvalRuleContent: rule(1),
      }),
    );
    await review.admin.send(
      new OverridePullRequestApprovalRulesCommand({
        pullRequestId,
        revisionId,
        overrideStatus: 'OVERRIDE',
      }),
    );
    expect((await evaluate(pullRequestId, revisionId)).evaluation).toMatchObject({
      approved: true,
      overridden: true,
      approvalRulesNotSatisfied: ['Anyone'],
    });
    expect(
      await review.developer.send(
        new GetPullRequestOverrideStateCommand({ pullRequestId, revisionId }),
      ),
    ).toMatchObject({ overridden: true, overrider: review.emulator.user('admin').arn });
    await expect(
      review.developer.send(
        new OverridePullRequestApprovalRulesCommand({
          pullRequestId,
          revisionId,
          overrideStatus: 'OVERRIDE',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'OverrideAlreadySetException',
    });
    await review.admin.send(
      new OverridePullRequestApprovalRulesCommand({
        pullRequestId,
        revisionId,
        overrideStatus: 'REVOKE',
      }),
    );
    expect((await evaluate(pullRequestId, revisionId)).evaluation).toMatchObject({
      approved: false,
      overridden: false,
    });
    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN',
      }),
    );
    expect(
      events.pullRequestEvents?.map(
        (event) => event.approvalRuleOverriddenEventMetadata?.overrideStatus,
      ),
    ).toEqual(['OVERRIDE', 'REVOKE']);
    await expect(
      review.developer.send(
        new GetPullRequestOverrideStateCommand({ pullRequestId, revisionId: 'nope' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRevisionIdException' });
  });
});
