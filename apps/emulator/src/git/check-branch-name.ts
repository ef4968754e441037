import { hasForbiddenRefCharacter } from './has-forbidden-ref-character.ts';

/**
 * Whether a name can be a CodeCommit branch: 1-256 characters, a valid git ref name
 * component sequence (`git check-ref-format` rules) and never 40 hexadecimal characters,
 * which would read as a commit id.
 *
 * @example
 * if (!checkBranchName({ branchName })) fail('InvalidBranchNameException', ...);
 */
export const checkBranchName = ({ branchName }: { branchName: unknown }): boolean => {
  if (typeof branchName !== 'string') return false;
  if (branchName.length < 1 || branchName.length > 256) return false;
  if (/^[0-9a-fA-F]{40}$/.test(branchName)) return false;
  if (branchName === '@' || branchName === 'HEAD' || branchName.startsWith('-')) return false;
  if (hasForbiddenRefCharacter({ name: branchName })) return false;
  if (branchName.includes('..') || branchName.includes('@{') || branchName.includes('//'))
    return false;
  if (branchName.startsWith('/') || branchName.endsWith('/') || branchName.endsWith('.'))
    return false;
  return branchName
    .split('/')
    .every((component) => !component.startsWith('.') && !component.endsWith('.lock'));
};
