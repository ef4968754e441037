import { declaredErrors } from './model.ts';

/**
 * Picks the exception an operation declares for a missing or invalid member, the way CodeCommit
 * names them: `repositoryName` missing is RepositoryNameRequiredException, `kmsKeyId` malformed is
 * EncryptionKeyInvalidIdException, `sourceCommitSpecifier` missing is CommitRequiredException.
 * The choice is the declared exception whose words best cover the member's and its shape's words;
 * undefined when the operation declares none (the caller then answers ValidationException, which
 * every AWS JSON service may return, rather than an exception the operation does not declare).
 */
export function exceptionFor(
  operation: string,
  kind: 'Required' | 'Invalid',
  memberName: string,
  shapeName: string,
): string | undefined {
  return bestMatch(declaredErrors(operation), kind, memberName, shapeName);
}

/** The candidate whose words best cover the member's; its last word (the noun) must be among them. */
function bestMatch(
  candidates: string[],
  kind: 'Required' | 'Invalid',
  memberName: string,
  shapeName: string,
): string | undefined {
  const memberWords = new Set([...words(memberName), ...words(shapeName)]);
  let best: { name: string; matched: number; fraction: number } | undefined;
  for (const name of candidates) {
    const stem = stemOf(name, kind);
    if (stem === undefined) continue;
    const stemWords = words(stem);
    const matched = stemWords.filter((word) => memberWords.has(word)).length;
    const fraction = matched / stemWords.length;
    if (matched === 0 || !memberWords.has(stemWords.at(-1) ?? '')) {
      continue;
    }
    if (
      !best ||
      fraction > best.fraction ||
      (fraction === best.fraction && matched > best.matched)
    ) {
      best = { name, matched, fraction };
    }
  }
  return best?.name;
}

function stemOf(exception: string, kind: 'Required' | 'Invalid'): string | undefined {
  const base = exception.replace(/Exception$/, '');
  if (kind === 'Required')
    return base.endsWith('Required') ? base.slice(0, -'Required'.length) : undefined;
  if (base.startsWith('Invalid')) return base.slice('Invalid'.length);
  // EncryptionKeyInvalidIdException
  return base.includes('Invalid') ? base.replace('Invalid', '') : undefined;
}

/** Lower-cased camel-case words, singular: "repositoryNames" -> repository, name. */
function words(identifier: string): string[] {
  return (identifier.match(/[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g) ?? []).map((word) => {
    const lower = word.toLowerCase();
    return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')
      ? lower.slice(0, -1)
      : lower;
  });
}
