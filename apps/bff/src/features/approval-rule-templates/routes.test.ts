import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { caller, seedRepository } from '../pull-requests/review-fixture.ts';

let console_: TestConsole;
let call: ReturnType<typeof caller>;
let workDir: string;
const templates = '/api/approval-rule-templates';

beforeAll(async () => {
  console_ = await startTestConsole();
  call = caller(console_);
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-templates-'));
  await seedRepository(console_, workDir, 'templated', [
    { branch: 'main', files: { 'a.txt': 'a\n' }, message: 'a' },
    { branch: 'topic', files: { 'b.txt': 'b\n' }, message: 'b' },
  ]);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('approval rule templates', () => {
  it('creates a template from fields and lists it with them', async () => {
    const created = await call('developer', 'POST', templates, {
      approvalRuleTemplateName: 'Two reviewers',
      approvalRuleTemplateDescription: 'For main',
      numberOfApprovalsNeeded: 2,
      approvalPoolMembers: ['CodeCommitApprovers:*:*'],
      destinationReferences: ['refs/heads/main'],
    });
    expect(created.status).toBe(201);
    const listed = await call('reader', 'GET', templates);
    expect(listed.body.approvalRuleTemplates).toEqual([
      expect.objectContaining({
        approvalRuleTemplateName: 'Two reviewers',
        approvalRuleTemplateDescription: 'For main',
        fields: {
          numberOfApprovalsNeeded: 2,
          approvalPoolMembers: ['CodeCommitApprovers:*:*'],
          destinationReferences: ['refs/heads/main'],
        },
      }),
    ]);
    const badBranch = await call('developer', 'POST', templates, {
      approvalRuleTemplateName: 'Bad',
      numberOfApprovalsNeeded: 1,
      approvalPoolMembers: [],
      destinationReferences: ['main'],
    });
    expect(badBranch.status).toBe(400);
    expect(badBranch.body.error).toMatch(/^destinationReferences\.0: /);
  });

  it('associates a repository, whose new pull requests then carry the rule', async () => {
    const associated = await call('developer', 'PUT', `${templates}/Two%20reviewers/repositories`, {
      associate: ['templated'],
    });
    expect(associated.body).toEqual({ errors: [], repositoryNames: ['templated'] });
    const pullRequest = await call(
      'developer',
      'POST',
      '/api/repositories/templated/pull-requests',
      {
        title: 'Add b',
        sourceReference: 'topic',
        destinationReference: 'main',
      },
    );
    expect(
      (pullRequest.body.pullRequest as { approvalRules: { originApprovalRuleTemplate?: object }[] })
        .approvalRules,
    ).toEqual([
      expect.objectContaining({
        originApprovalRuleTemplate: expect.objectContaining({
          approvalRuleTemplateName: 'Two reviewers',
        }),
      }),
    ]);
    const unknown = await call('developer', 'PUT', `${templates}/Two%20reviewers/repositories`, {
      associate: ['nowhere'],
    });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ repositoryName: 'nowhere' })]);
  });

  it('renames, describes and changes the rule in one request', async () => {
    const { body } = await call('reader', 'GET', `${templates}/Two%20reviewers`);
    const sha = (body.approvalRuleTemplate as { ruleContentSha256: string }).ruleContentSha256;
    const updated = await call('developer', 'PATCH', `${templates}/Two%20reviewers`, {
      newName: 'One reviewer',
      approvalRuleTemplateDescription: 'Lighter',
      rule: { numberOfApprovalsNeeded: 1, approvalPoolMembers: [] },
      existingRuleContentSha256: sha,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.approvalRuleTemplate).toMatchObject({
      approvalRuleTemplateName: 'One reviewer',
      approvalRuleTemplateDescription: 'Lighter',
      fields: { numberOfApprovalsNeeded: 1, approvalPoolMembers: [] },
    });
    const gone = await call('reader', 'GET', `${templates}/Two%20reviewers`);
    expect(gone.status).toBe(404);
  });

  it('deletes as IAM allows, once no repository uses the template', async () => {
    const url = `${templates}/One%20reviewer`;
    const developer = await call('developer', 'DELETE', url);
    expect(developer.status).toBe(403);
    expect(developer.body.error).toContain('codecommit:DeleteApprovalRuleTemplate');
    const inUse = await call('admin', 'DELETE', url);
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('ApprovalRuleTemplateInUseException');
    await call('admin', 'PUT', `${url}/repositories`, { disassociate: ['templated'] });
    expect((await call('admin', 'DELETE', url)).status).toBe(200);
    expect((await call('reader', 'GET', templates)).body.approvalRuleTemplates).toEqual([]);
  });

  it('tells each user what they may change, and refuses the signed-out', async () => {
    const url = `${templates}/permissions`;
    expect((await call('reader', 'GET', url)).body).toEqual({ write: false, delete: false });
    expect((await call('developer', 'GET', url)).body).toEqual({ write: true, delete: false });
    expect((await call('admin', 'GET', url)).body).toEqual({ write: true, delete: true });
    const signedOut = await console_.app.request(templates);
    expect(signedOut.status).toBe(401);
  });
});
