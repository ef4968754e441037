import { randomUUID } from 'node:crypto';
import type { ApprovalRuleTemplate } from '@aws-sdk/client-codecommit';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  changeApprovalRuleTemplateRepositories,
  createApprovalRuleTemplate,
  deleteApprovalRuleTemplate,
  getApprovalRuleTemplate,
  listApprovalRuleTemplates,
  listRepositoriesForApprovalRuleTemplate,
  probeApprovalRuleTemplatePermissions,
  updateApprovalRuleTemplate,
} from '../../gateway/approval-rule-templates.ts';
import { validate } from '../../middleware/validate.ts';
import { probedWithin } from '../permissions/routes.ts';
import { requireSignIn } from '../../session/middleware.ts';
import { fromRuleContent, toRuleContent } from '../pull-requests/rule-content.ts';
import {
  associationsSchema,
  createTemplateSchema,
  templateParamsSchema,
  updateTemplateSchema,
} from './schemas.ts';

/** A template as the admin page shows it: its content read into fields. */
const toTemplateView = (template: ApprovalRuleTemplate) => ({
  ...template,
  fields: fromRuleContent(template.approvalRuleTemplateContent) ?? null,
});

/**
 * Approval rule templates: list, create, edit, delete, and which repositories they apply to.
 * Mounted at /approval-rule-templates; every route needs a signed-in user.
 */
export const approvalRuleTemplateRoutes = new Hono<AppEnv>()
  .use(requireSignIn())
  .get('/', async (c) => {
    const templates = await listApprovalRuleTemplates(c.var.codeCommit);
    return c.json({ approvalRuleTemplates: templates.map(toTemplateView) });
  })
  .get('/permissions', async (c) => {
    const permissions = await probedWithin(c.var.codeCommit, 'approval-rule-templates', () =>
      probeApprovalRuleTemplatePermissions(c.var.codeCommit, `permission-probe-${randomUUID()}`),
    );
    return c.json(permissions);
  })
  .post('/', validate('json', createTemplateSchema), async (c) => {
    const { approvalRuleTemplateName, approvalRuleTemplateDescription, ...fields } =
      c.req.valid('json');
    const template = await createApprovalRuleTemplate(c.var.codeCommit, {
      approvalRuleTemplateName,
      approvalRuleTemplateDescription,
      approvalRuleTemplateContent: toRuleContent(fields),
    });
    return c.json({ approvalRuleTemplate: toTemplateView(template) }, 201);
  })
  .get('/:approvalRuleTemplateName', validate('param', templateParamsSchema), async (c) => {
    const { approvalRuleTemplateName } = c.req.valid('param');
    const [template, repositoryNames] = await Promise.all([
      getApprovalRuleTemplate(c.var.codeCommit, approvalRuleTemplateName),
      listRepositoriesForApprovalRuleTemplate(c.var.codeCommit, approvalRuleTemplateName),
    ]);
    return c.json({ approvalRuleTemplate: toTemplateView(template), repositoryNames });
  })
  .patch(
    '/:approvalRuleTemplateName',
    validate('param', templateParamsSchema),
    validate('json', updateTemplateSchema),
    async (c) => {
      const { approvalRuleTemplateName } = c.req.valid('param');
      const { newName, approvalRuleTemplateDescription, rule, existingRuleContentSha256 } =
        c.req.valid('json');
      const template = await updateApprovalRuleTemplate(
        c.var.codeCommit,
        approvalRuleTemplateName,
        {
          newName,
          description: approvalRuleTemplateDescription,
          content: rule ? toRuleContent(rule) : undefined,
          existingRuleContentSha256,
        },
      );
      return c.json({ approvalRuleTemplate: toTemplateView(template) });
    },
  )
  .delete('/:approvalRuleTemplateName', validate('param', templateParamsSchema), async (c) => {
    const { approvalRuleTemplateName } = c.req.valid('param');
    await deleteApprovalRuleTemplate(c.var.codeCommit, approvalRuleTemplateName);
    return c.json({ ok: true });
  })
  .put(
    '/:approvalRuleTemplateName/repositories',
    validate('param', templateParamsSchema),
    validate('json', associationsSchema),
    async (c) => {
      const { approvalRuleTemplateName } = c.req.valid('param');
      const result = await changeApprovalRuleTemplateRepositories(
        c.var.codeCommit,
        approvalRuleTemplateName,
        c.req.valid('json'),
      );
      const repositoryNames = await listRepositoriesForApprovalRuleTemplate(
        c.var.codeCommit,
        approvalRuleTemplateName,
      );
      return c.json({ ...result, repositoryNames });
    },
  );
