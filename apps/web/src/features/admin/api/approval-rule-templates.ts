import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { useApprovalRuleTemplatePermissions } from '@/lib/authorization.ts';

const templates = api.api['approval-rule-templates'];

export type TemplateRule = {
  numberOfApprovalsNeeded: number;
  approvalPoolMembers: string[];
  destinationReferences?: string[];
};

export const listTemplates = () => unwrap(templates.$get());
export type ApprovalRuleTemplate = Awaited<
  ReturnType<typeof listTemplates>
>['approvalRuleTemplates'][number];

export const getTemplate = (approvalRuleTemplateName: string) =>
  unwrap(templates[':approvalRuleTemplateName'].$get({ param: { approvalRuleTemplateName } }));

export const templatesKey = ['approval-rule-templates'] as const;

export const listTemplatesQueryOptions = () =>
  queryOptions({ queryKey: [...templatesKey, 'list'], queryFn: listTemplates });
export const getTemplateQueryOptions = (name: string) =>
  queryOptions({ queryKey: [...templatesKey, 'one', name], queryFn: () => getTemplate(name) });

export const useTemplates = () => useQuery(listTemplatesQueryOptions());
export const useTemplate = (name: string) => useQuery(getTemplateQueryOptions(name));
/** What IAM lets the user change; nothing until it is known. */
export const useTemplatePermissions = () =>
  useApprovalRuleTemplatePermissions().data ?? { write: false, delete: false };

export const createTemplate = (
  json: TemplateRule & {
    approvalRuleTemplateName: string;
    approvalRuleTemplateDescription?: string;
  },
) => unwrap(templates.$post({ json }));

export const updateTemplate = ({
  approvalRuleTemplateName,
  ...json
}: {
  approvalRuleTemplateName: string;
  newName?: string;
  approvalRuleTemplateDescription?: string;
  rule?: TemplateRule;
  existingRuleContentSha256?: string;
}) =>
  unwrap(
    templates[':approvalRuleTemplateName'].$patch({ param: { approvalRuleTemplateName }, json }),
  );

export const deleteTemplate = (approvalRuleTemplateName: string) =>
  unwrap(templates[':approvalRuleTemplateName'].$delete({ param: { approvalRuleTemplateName } }));

export const changeTemplateRepositories = ({
  approvalRuleTemplateName,
  ...json
}: {
  approvalRuleTemplateName: string;
  associate: string[];
  disassociate: string[];
}) =>
  unwrap(
    templates[':approvalRuleTemplateName'].repositories.$put({
      param: { approvalRuleTemplateName },
      json,
    }),
  );

/** Every template change refreshes what is known about templates. */
function useTemplateMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export const useCreateTemplate = () => useTemplateMutation(createTemplate);
export const useUpdateTemplate = () => useTemplateMutation(updateTemplate);
export const useDeleteTemplate = () => useTemplateMutation(deleteTemplate);
export const useChangeTemplateRepositories = () => useTemplateMutation(changeTemplateRepositories);
