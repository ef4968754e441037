import type {
  ListTagsForResourceInput,
  ListTagsForResourceOutput,
  TagResourceInput,
  UntagResourceInput,
} from '@aws-sdk/client-codecommit';
import { CodeCommitError, fail } from '../protocol/errors.ts';
import type { Handler, OperationContext, OperationTable, RepositoryRecord } from './types.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

/** AWS's limit on tags per resource. */
const maxTags = 50;

/** Tag keys and values a caller may set: none in the reserved `aws:` namespace. */
export function checkTags(
  tags: Record<string, string>,
  existing: Record<string, string> = {},
): void {
  if (Object.keys(tags).some((key) => key.toLowerCase().startsWith('aws:'))) {
    fail(
      'InvalidSystemTagUsageException',
      'The tag key prefix aws: is reserved for system use and cannot be added, changed or removed.',
    );
  }
  if (Object.keys({ ...existing, ...tags }).length > maxTags) {
    fail('TooManyTagsException', `A resource can have at most ${maxTags} tags.`);
  }
}

/** The repository an ARN names: arn:aws:codecommit:<region>:<accountId>:<repositoryName>. */
function repositoryOf(resourceArn: string, ctx: OperationContext): RepositoryRecord {
  const match = /^arn:aws:codecommit:([^:]+):(\d{12}):([\w.-]+)$/.exec(resourceArn);
  if (!match)
    throw new CodeCommitError(
      'InvalidResourceArnException',
      `${resourceArn} is not the ARN of a CodeCommit repository (arn:aws:codecommit:<region>:<accountId>:<repositoryName>).`,
    );
  const [, region, accountId, repositoryName = ''] = match;
  const repository =
    region === ctx.region && accountId === ctx.accountId
      ? ctx.repositories.find(repositoryName)
      : undefined;
  if (!repository)
    throw new CodeCommitError('RepositoryDoesNotExistException', `${resourceArn} does not exist`);
  return repository;
}

const tagResource: Handler<TagResourceInput, Record<string, never>> = (
  { resourceArn = '', tags = {} },
  ctx,
) => {
  if (Object.keys(tags).length === 0) failInAwsWords('TagsMapRequiredException');
  const repository = repositoryOf(resourceArn, ctx);
  checkTags(tags, ctx.tags.list(repository.repositoryId));
  ctx.tags.set(repository.repositoryId, tags);
  return {};
};

const untagResource: Handler<UntagResourceInput, Record<string, never>> = (
  { resourceArn = '', tagKeys = [] },
  ctx,
) => {
  if (tagKeys.length === 0) failInAwsWords('TagKeysListRequiredException');
  const repository = repositoryOf(resourceArn, ctx);
  checkTags(Object.fromEntries(tagKeys.map((key) => [key, ''])));
  ctx.tags.remove(repository.repositoryId, tagKeys);
  return {};
};

const listTagsForResource: Handler<ListTagsForResourceInput, ListTagsForResourceOutput> = (
  { resourceArn = '' },
  ctx,
) => ({
  tags: ctx.tags.list(repositoryOf(resourceArn, ctx).repositoryId),
});

export const tagOperations: OperationTable = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};
