import { checkShape } from './check-shape.ts';
import type { RawAnswer } from './raw-call.ts';
import type { Input, Scenario } from './scenario.ts';
import { commonErrors, operationShapes, shapeNamed } from './service-shapes.ts';
import type { World } from './world.ts';

const invalidRepositoryName = 'not a repository name!';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `__type` as AWS JSON sends it, possibly `namespace#Name` or `Name:uri`, reduced to the name. */
const errorTypeOf = (body: unknown): string | undefined => {
  if (!isRecord(body) || typeof body.__type !== 'string') return undefined;
  return body.__type.split('#').pop()?.split(':')[0];
};

const summary = (answer: RawAnswer): string => `${answer.status} ${answer.text.slice(0, 300)}`;

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

interface InvalidCall {
  label: string;
  input: Input;
  /** The exception the model names for this mistake, when the operation declares it. */
  specific?: string;
}

const capitalized = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Calls the operation must refuse: each required member left out, and a bad repository name. */
function invalidCalls(scenario: Scenario, inputShape: string, valid: Input): InvalidCall[] {
  const required = shapeNamed(inputShape)?.required ?? [];
  const calls: InvalidCall[] = required.map((member) => {
    const input = { ...valid };
    delete input[member];
    return {
      label: `without ${member}`,
      input,
      specific: `${capitalized(member)}RequiredException`,
    };
  });
  if (scenario.invalid)
    calls.push({ label: 'with the scenario’s invalid input', input: scenario.invalid });
  if ('repositoryName' in valid)
    calls.push({
      label: 'with an invalid repositoryName',
      input: { ...valid, repositoryName: invalidRepositoryName },
      specific: 'InvalidRepositoryNameException',
    });
  return calls;
}

function refusalProblems(
  operation: string,
  { label, specific }: InvalidCall,
  answer: RawAnswer,
  declared: readonly string[],
): string[] {
  const at = `${operation} ${label}`;
  if (answer.status < 400 || answer.status >= 500)
    return [`${at}: expected a 4xx error, got ${summary(answer)}`];
  const type = errorTypeOf(answer.body);
  if (!type) return [`${at}: error without __type: ${summary(answer)}`];
  const problems: string[] = [];
  if (type === 'UnknownOperationException') problems.push(`${at}: answered ${type}`);
  else if (!declared.includes(type) && !commonErrors.includes(type))
    problems.push(`${at}: ${type} is not an error ${operation} declares`);
  else if (specific && declared.includes(specific) && type !== specific)
    problems.push(`${at}: ${type} where ${operation} declares ${specific}`);
  if (!isRecord(answer.body) || typeof answer.body.message !== 'string')
    problems.push(`${at}: ${type} without a message`);
  return problems;
}

/**
 * Everything about one operation that departs from the model: the valid call must answer 200 with
 * the output shape (or `{}` when the model declares none); each invalid call must answer a 4xx
 * whose `__type` the operation declares or any AWS JSON service may answer, and the specific one
 * (RepositoryNameRequiredException, InvalidRepositoryNameException, ...) when it declares that.
 */
export async function operationProblems(
  operation: string,
  scenario: Scenario | undefined,
  world: World,
): Promise<string[]> {
  if (!scenario) return [`${operation}: the conformance test has no scenario for it`];
  const shapes = operationShapes(operation);
  let valid: Input;
  try {
    valid = await scenario.valid(world);
  } catch (error) {
    return [`${operation}: setting up its call failed: ${errorText(error)}`];
  }
  const answer = await world.call(operation, valid, scenario.user);
  if (errorTypeOf(answer.body) === 'UnknownOperationException')
    return [`${operation}: not implemented (UnknownOperationException)`];
  const problems: string[] = [];
  if (answer.status !== 200) {
    problems.push(`${operation}: a valid call answered ${summary(answer)}`);
  } else if (shapes.output) {
    problems.push(...checkShape(answer.body, shapes.output, operation));
  } else if (
    answer.body !== undefined &&
    !(isRecord(answer.body) && Object.keys(answer.body).length === 0)
  ) {
    problems.push(
      `${operation}: answered ${answer.text.slice(0, 300)} where the model declares no output`,
    );
  }
  const calls = invalidCalls(scenario, shapes.input, valid);
  if (calls.length === 0)
    problems.push(`${operation}: the conformance test has no invalid call for it`);
  for (const call of calls) {
    const refused = await world.call(operation, call.input, scenario.user);
    problems.push(...refusalProblems(operation, call, refused, shapes.errors));
  }
  return problems;
}
