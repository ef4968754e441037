import {
  CreateBranchCommand,
  DeleteBranchCommand,
  GetBranchCommand,
  ListBranchesCommand,
} from '@aws-sdk/client-codecommit';
import type { Branch } from '@cc/shared/branches';
import type { CodeCommit } from './gateway.ts';

export async function getBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
): Promise<Branch> {
  const output = await codeCommit.call((client) =>
    client.send(new GetBranchCommand({ repositoryName, branchName })),
  );
  return {
    branchName: output.branch?.branchName ?? branchName,
    commitId: output.branch?.commitId ?? '',
  };
}

/** Every branch with its tip: ListBranches gives names only, so each tip is a GetBranch, in parallel. */
export async function listBranches(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Branch[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new ListBranchesCommand({ repositoryName, nextToken })),
    );
    names.push(...(page.branches ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  names.sort((a, b) => a.localeCompare(b));
  return Promise.all(names.map((branchName) => getBranch(codeCommit, repositoryName, branchName)));
}

export async function createBranch(
  codeCommit: CodeCommit,
  input: { repositoryName: string; branchName: string; commitId: string },
): Promise<Branch> {
  await codeCommit.call((client) => client.send(new CreateBranchCommand(input)));
  return { branchName: input.branchName, commitId: input.commitId };
}

export async function deleteBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
): Promise<Branch> {
  const output = await codeCommit.call((client) =>
    client.send(new DeleteBranchCommand({ repositoryName, branchName })),
  );
  return {
    branchName: output.deletedBranch?.branchName ?? branchName,
    commitId: output.deletedBranch?.commitId ?? '',
  };
}
