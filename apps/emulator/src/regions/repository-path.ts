/**
 * Where git reaches a repository on the emulator's one host. On AWS the host names the region
 * (`git-codecommit.<region>.amazonaws.com/v1/repos/<name>`); here a region that is not the
 * emulator's default is the first segment of the path instead: `/<region>/v1/repos/<name>`.
 * A path without a region leaves it to the signature's credential scope, which is what
 * git-remote-codecommit signs (`codecommit::<region>://…` always asks for `/v1/repos/<name>`).
 */
export interface RepositoryPath {
  /** The region the path names, or undefined for `/v1/repos/<name>`. */
  region?: string;
  repositoryName: string;
  /** `/v1/repos/<name>`, or `/<region>/v1/repos/<name>`: the path git's credentials sign. */
  repositoryPath: string;
  /** What follows the repository path, e.g. `/info/refs`; empty for the repository itself. */
  rest: string;
}

const pattern = /^(?:\/([a-z]{2}(?:-[a-z]+)+-\d+))?(\/v1\/repos\/([\w.-]+))(\/.*)?$/;

/** @example parseRepositoryPath('/eu-west-1/v1/repos/demo/info/refs') */
export const parseRepositoryPath = (pathname: string): RepositoryPath | undefined => {
  const match = pattern.exec(pathname);
  if (!match) return undefined;
  const [, region, unprefixed = '', repositoryName = '', rest = ''] = match;
  return {
    region,
    repositoryName,
    repositoryPath: region ? `/${region}${unprefixed}` : unprefixed,
    rest,
  };
};

/** @example repositoryPathOf({ region: 'eu-west-1', repositoryName: 'demo' }, 'us-east-1') */
export const repositoryPathOf = (
  repository: { region: string; repositoryName: string },
  defaultRegion: string,
): string =>
  `${repository.region === defaultRegion ? '' : `/${repository.region}`}/v1/repos/${repository.repositoryName}`;
