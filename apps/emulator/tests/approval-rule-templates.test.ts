import { describe, expect, test } from 'vitest';
import {
  AssociateApprovalRuleTemplateWithRepositoryCommand,
  BatchAssociateApprovalRuleTemplateWithRepositoriesCommand,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand,
  CreateApprovalRuleTemplateCommand,
  CreatePullRequestCommand,
  DeleteApprovalRuleTemplateCommand,
  DeletePullRequestApprovalRuleCommand,
  DisassociateApprovalRuleTemplateFromRepositoryCommand,
  GetApprovalRuleTemplateCommand,
  ListApprovalRuleTemplatesCommand,
  ListAssociatedApprovalRuleTemplatesForRepositoryCommand,
  ListRepositoriesForApprovalRuleTemplateCommand,
  MergePullRequestBySquashCommand,
  UpdateApprovalRuleTemplateContentCommand,
  UpdateApprovalRuleTemplateDescriptionCommand,
  UpdateApprovalRuleTemplateNameCommand,
  UpdatePullRequestApprovalRuleContentCommand,
  UpdatePullRequestApprovalStateCommand,
} from '@aws-sdk/client-codecommit';
import { putFile, seedRepository, reviewEmulatorForFile } from './review-workflow-fixture.ts';

const content = (destinations?: string[]) =>
  JSON.stringify({
    Version: '2018-11-08',
    ...(destinations ? { DestinationReferences: destinations } : {}),
    Statements: [
      {
        Type: 'Approvers',
        NumberOfApprovalsNeeded: 1,
        ApprovalPoolMembers: ['arn:aws:iam::123456789012:user/admin'],
      },
    ],
  });

const review = reviewEmulatorForFile(async ({ admin, developer }) => {
  await seedRepository(admin, 'templated', ['feature', 'release', 'second']);
  await seedRepository(admin, 'plain', []);
  await putFile(developer, 'templated', 'feature', 'feature.txt', 'feature\n');
  await putFile(developer, 'templated', 'second', 'second.txt', 'second\n');
});

describe('approval rule templates', () => {
  test('are created, read, listed, renamed, described and rewritten', async () => {
    const { admin, developer } = review;
    const created = await developer.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName: 'Draft',
        approvalRuleTemplateContent: content(),
        approvalRuleTemplateDescription: 'First go',
      }),
    );
    expect(created.approvalRuleTemplate).toMatchObject({
      approvalRuleTemplateName: 'Draft',
      approvalRuleTemplateDescription: 'First go',
      lastModifiedUser: review.emulator.user('developer').arn,
    });
    await expect(
      developer.send(
        new CreateApprovalRuleTemplateCommand({
          approvalRuleTemplateName: 'Draft',
          approvalRuleTemplateContent: content(),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ApprovalRuleTemplateNameAlreadyExistsException',
    });
    await expect(
      developer.send(
        new CreateApprovalRuleTemplateCommand({
          approvalRuleTemplateName: 'Broken',
          approvalRuleTemplateContent: '{"Version":"1"}',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidApprovalRuleTemplateContentException',
    });
    await developer.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName: 'Another',
        approvalRuleTemplateContent: content(),
      }),
    );
    const first = await developer.send(new ListApprovalRuleTemplatesCommand({ maxResults: 1 }));
    const second = await developer.send(
      new ListApprovalRuleTemplatesCommand({ maxResults: 1, nextToken: first.nextToken }),
    );
    expect([
      ...(first.approvalRuleTemplateNames ?? []),
      ...(second.approvalRuleTemplateNames ?? []),
    ]).toEqual(['Another', 'Draft']);

    const renamed = await developer.send(
      new UpdateApprovalRuleTemplateNameCommand({
        oldApprovalRuleTemplateName: 'Draft',
        newApprovalRuleTemplateName: 'Main needs admin',
      }),
    );
    expect(renamed.approvalRuleTemplate?.approvalRuleTemplateId).toBe(
      created.approvalRuleTemplate?.approvalRuleTemplateId,
    );
    await expect(
      developer.send(
        new UpdateApprovalRuleTemplateNameCommand({
          oldApprovalRuleTemplateName: 'Another',
          newApprovalRuleTemplateName: 'Main needs admin',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ApprovalRuleTemplateNameAlreadyExistsException',
    });
    await developer.send(
      new UpdateApprovalRuleTemplateDescriptionCommand({
        approvalRuleTemplateName: 'Main needs admin',
        approvalRuleTemplateDescription: 'Admin signs off main',
      }),
    );
    await expect(
      developer.send(
        new UpdateApprovalRuleTemplateContentCommand({
          approvalRuleTemplateName: 'Main needs admin',
          newRuleContent: content(['refs/heads/main']),
          existingRuleContentSha256: '0'.repeat(64),
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRuleContentSha256Exception' });
    await developer.send(
      new UpdateApprovalRuleTemplateContentCommand({
        approvalRuleTemplateName: 'Main needs admin',
        newRuleContent: content(['refs/heads/main']),
        existingRuleContentSha256: created.approvalRuleTemplate?.ruleContentSha256,
      }),
    );
    const { approvalRuleTemplate } = await admin.send(
      new GetApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Main needs admin' }),
    );
    expect(approvalRuleTemplate).toMatchObject({
      approvalRuleTemplateDescription: 'Admin signs off main',
      approvalRuleTemplateContent: content(['refs/heads/main']),
    });
    await expect(
      admin.send(new GetApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Draft' })),
    ).rejects.toMatchObject({ name: 'ApprovalRuleTemplateDoesNotExistException' });
  });

  test('associated with a repository, they give new pull requests into their branches a rule that blocks merging until satisfied', async () => {
    const { admin, developer } = review;
    await developer.send(
      new AssociateApprovalRuleTemplateWithRepositoryCommand({
        approvalRuleTemplateName: 'Main needs admin',
        repositoryName: 'templated',
      }),
    );
    const batch = await developer.send(
      new BatchAssociateApprovalRuleTemplateWithRepositoriesCommand({
        approvalRuleTemplateName: 'Another',
        repositoryNames: ['plain', 'missing'],
      }),
    );
    expect(batch).toMatchObject({
      associatedRepositoryNames: ['plain'],
      errors: [{ repositoryName: 'missing', errorCode: 'RepositoryDoesNotExistException' }],
    });
    expect(
      (
        await developer.send(
          new ListRepositoriesForApprovalRuleTemplateCommand({
            approvalRuleTemplateName: 'Main needs admin',
          }),
        )
      ).repositoryNames,
    ).toEqual(['templated']);
    expect(
      (
        await developer.send(
          new ListAssociatedApprovalRuleTemplatesForRepositoryCommand({ repositoryName: 'plain' }),
        )
      ).approvalRuleTemplateNames,
    ).toEqual(['Another']);

    const { pullRequest } = await developer.send(
      new CreatePullRequestCommand({
        title: 'Into main',
        targets: [{ repositoryName: 'templated', sourceReference: 'feature' }],
      }),
    );
    expect(pullRequest?.approvalRules).toMatchObject([
      {
        approvalRuleName: 'Main needs admin',
        approvalRuleContent: content(['refs/heads/main']),
        originApprovalRuleTemplate: { approvalRuleTemplateName: 'Main needs admin' },
      },
    ]);
    const elsewhere = await developer.send(
      new CreatePullRequestCommand({
        title: 'Into release',
        targets: [
          {
            repositoryName: 'templated',
            sourceReference: 'second',
            destinationReference: 'release',
          },
        ],
      }),
    );
    expect(elsewhere.pullRequest?.approvalRules).toEqual([]);

    const pullRequestId = pullRequest?.pullRequestId;
    await expect(
      developer.send(
        new UpdatePullRequestApprovalRuleContentCommand({
          pullRequestId,
          approvalRuleName: 'Main needs admin',
          newRuleContent: content(),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'CannotModifyApprovalRuleFromTemplateException',
    });
    await expect(
      admin.send(
        new DeletePullRequestApprovalRuleCommand({
          pullRequestId,
          approvalRuleName: 'Main needs admin',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'CannotDeleteApprovalRuleFromTemplateException',
    });
    await expect(
      developer.send(
        new MergePullRequestBySquashCommand({ pullRequestId, repositoryName: 'templated' }),
      ),
    ).rejects.toMatchObject({
      name: 'PullRequestApprovalRulesNotSatisfiedException',
    });
    await admin.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId: pullRequest?.revisionId,
        approvalState: 'APPROVE',
      }),
    );
    const merged = await developer.send(
      new MergePullRequestBySquashCommand({ pullRequestId, repositoryName: 'templated' }),
    );
    expect(merged.pullRequest?.pullRequestTargets?.[0]?.mergeMetadata?.isMerged).toBe(true);
  });

  test('only an administrator deletes a template, and only once no repository uses it', async () => {
    const { admin, developer } = review;
    await expect(
      admin.send(
        new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Main needs admin' }),
      ),
    ).rejects.toMatchObject({ name: 'ApprovalRuleTemplateInUseException' });
    await developer.send(
      new DisassociateApprovalRuleTemplateFromRepositoryCommand({
        approvalRuleTemplateName: 'Main needs admin',
        repositoryName: 'templated',
      }),
    );
    const batch = await developer.send(
      new BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand({
        approvalRuleTemplateName: 'Another',
        repositoryNames: ['plain'],
      }),
    );
    expect(batch).toEqual(
      expect.objectContaining({ disassociatedRepositoryNames: ['plain'], errors: [] }),
    );
    await expect(
      developer.send(
        new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Main needs admin' }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    const deleted = await admin.send(
      new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Main needs admin' }),
    );
    expect(deleted.approvalRuleTemplateId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      (
        await admin.send(
          new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'Main needs admin' }),
        )
      ).approvalRuleTemplateId,
    ).toBe('');
    expect(
      (await review.reader.send(new ListApprovalRuleTemplatesCommand({})))
        .approvalRuleTemplateNames,
    ).toEqual(['Another']);
  });
});
