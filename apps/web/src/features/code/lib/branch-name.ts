/** Git's own rules for a branch name, the parts CodeCommit enforces and those that would break a clone. */
export function branchNameProblem(name: string): string | undefined {
  if (!name) return 'Enter a branch name.';
  if (name.length > 256) return 'A branch name has at most 256 characters.';
  if (/^[0-9a-f]{40}$/i.test(name))
    return 'A branch name cannot be 40 hexadecimal characters: it would read as a commit id.';
  if (/\s|~|\^|:|\?|\*|\[|\\|\.\.|@\{|\/\/|^\/|\/$|\.$|\.lock$/.test(name))
    return 'Git does not allow that name (no spaces, ~ ^ : ? * [ \\, “..”, or a trailing “/”, “.” or “.lock”).';
  return undefined;
}
