import { z } from 'zod';

/** CodeCommit's RepositoryName: 1-100 letters, digits, `.`, `_` or `-`. */
export const repositoryNameSchema = z
  .string()
  .min(1, 'repositoryName is required')
  .max(100, 'repositoryName is at most 100 characters')
  .regex(/^[\w.-]+$/, 'repositoryName may hold only letters, digits, ".", "_" and "-"');

export const repositoryDescriptionSchema = z
  .string()
  .max(1000, 'repositoryDescription is at most 1000 characters');

export const tagsSchema = z.record(
  z.string().min(1, 'tag keys are 1-128 characters').max(128, 'tag keys are 1-128 characters'),
  z.string().max(256, 'tag values are at most 256 characters'),
);

export const repositoryParamsSchema = z.object({ repositoryName: repositoryNameSchema });

export const createRepositorySchema = z.object({
  repositoryName: repositoryNameSchema,
  repositoryDescription: repositoryDescriptionSchema.optional(),
  tags: tagsSchema.optional(),
});
export type CreateRepositoryInput = z.infer<typeof createRepositorySchema>;

/** Each member present is changed; the new name is applied last. */
export const updateRepositorySchema = z
  .object({
    newName: repositoryNameSchema.optional(),
    repositoryDescription: repositoryDescriptionSchema.optional(),
    defaultBranchName: z.string().min(1).max(256).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: 'give at least one of newName, repositoryDescription, defaultBranchName',
  });
export type UpdateRepositoryInput = z.infer<typeof updateRepositorySchema>;

export const tagRepositorySchema = z.object({ tags: tagsSchema });
export const untagRepositorySchema = z.object({
  tagKeys: z.array(z.string().min(1).max(128)).min(1, 'tagKeys needs at least one key'),
});

/** CodeCommit's RepositoryMetadata as JSON (dates are ISO strings). */
export interface Repository {
  accountId?: string;
  repositoryId?: string;
  repositoryName?: string;
  repositoryDescription?: string;
  defaultBranch?: string;
  lastModifiedDate?: string;
  creationDate?: string;
  cloneUrlHttp?: string;
  cloneUrlSsh?: string;
  Arn?: string;
  kmsKeyId?: string;
}

/**
 * What the clone panel's commands need beside a repository's clone URLs (no secrets): the named
 * profile the console signs with, and for a local endpoint, the AWS config files, the host that
 * git-remote-codecommit's CODE_COMMIT_ENDPOINT names, and the CA bundle its TLS needs.
 */
export interface CloneSettings {
  profile?: string;
  awsConfigFile?: string;
  awsSharedCredentialsFile?: string;
  codeCommitEndpoint?: string;
  caBundle?: string;
  /** What SSH needs: the person's SSH public keys in IAM, or why they are not known. */
  ssh?: SshCloneSettings;
}

/**
 * The signed-in person's SSH public keys, from IAM's ListSSHPublicKeys: their ids (APKA…) are the
 * SSH user name, as on AWS. `userName` is the IAM user to upload a key for; absent for a role.
 */
export interface SshCloneSettings {
  userName?: string;
  /** Active keys, newest first; absent when IAM could not say (`unavailable` tells why). */
  sshPublicKeyIds?: string[];
  /** Whether IAM lets the person upload a key to their own user (iam:UploadSSHPublicKey). */
  canUploadSshPublicKey?: boolean;
  unavailable?: string;
}
