import { serviceModel, type Shape } from '../../src/protocol/model.ts';

/**
 * The CodeCommit API as the conformance test reads it: the 79 operations of AWS's published
 * model plus GetBlobDifferences, which is newer than that model. Its shapes are written out here
 * from the types of @aws-sdk/client-codecommit (GetBlobDifferencesInput / GetBlobDifferencesOutput,
 * DiffHunk, DiffChange, DiffChangeType and the errors its command documents).
 */

const blobDifferencesShapes: Record<string, Shape> = {
  GetBlobDifferencesInput: {
    type: 'structure',
    required: ['repositoryName', 'afterBlobId'],
    members: {
      repositoryName: { shape: 'RepositoryName' },
      afterBlobId: { shape: 'ObjectId' },
      beforeBlobId: { shape: 'ObjectId' },
      contextLines: { shape: 'BlobDifferencesContextLines' },
      ignoreWhitespace: { shape: 'BlobDifferencesIgnoreWhitespace' },
      MaxResults: { shape: 'Limit' },
      NextToken: { shape: 'NextToken' },
    },
  },
  GetBlobDifferencesOutput: {
    type: 'structure',
    required: ['hunks', 'isBinary', 'afterBlobSize'],
    members: {
      hunks: { shape: 'BlobDifferencesDiffHunkList' },
      isBinary: { shape: 'BlobDifferencesIgnoreWhitespace' },
      beforeBlobSize: { shape: 'ObjectSize' },
      afterBlobSize: { shape: 'ObjectSize' },
      NextToken: { shape: 'NextToken' },
    },
  },
  BlobDifferencesContextLines: { type: 'integer' },
  BlobDifferencesIgnoreWhitespace: { type: 'boolean' },
  BlobDifferencesDiffHunkList: { type: 'list', member: { shape: 'BlobDifferencesDiffHunk' } },
  BlobDifferencesDiffHunk: {
    type: 'structure',
    members: {
      beforeStartLine: { shape: 'BlobDifferencesLineNumber' },
      beforeLineCount: { shape: 'BlobDifferencesLineNumber' },
      afterStartLine: { shape: 'BlobDifferencesLineNumber' },
      afterLineCount: { shape: 'BlobDifferencesLineNumber' },
      changes: { shape: 'BlobDifferencesDiffChangeList' },
    },
  },
  BlobDifferencesDiffChangeList: { type: 'list', member: { shape: 'BlobDifferencesDiffChange' } },
  BlobDifferencesDiffChange: {
    type: 'structure',
    members: {
      type: { shape: 'BlobDifferencesDiffChangeType' },
      beforeLineNumber: { shape: 'BlobDifferencesLineNumber' },
      afterLineNumber: { shape: 'BlobDifferencesLineNumber' },
      content: { shape: 'BlobDifferencesContent' },
    },
  },
  BlobDifferencesDiffChangeType: { type: 'string', enum: ['ADD', 'CONTEXT', 'DELETE'] },
  BlobDifferencesLineNumber: { type: 'integer' },
  BlobDifferencesContent: { type: 'string' },
};

const blobDifferencesErrors = [
  'BlobIdDoesNotExistException',
  'BlobIdRequiredException',
  'EncryptionIntegrityChecksFailedException',
  'EncryptionKeyAccessDeniedException',
  'EncryptionKeyDisabledException',
  'EncryptionKeyNotFoundException',
  'EncryptionKeyUnavailableException',
  'FileTooLargeException',
  'InvalidBlobIdException',
  'InvalidContinuationTokenException',
  'InvalidMaxResultsException',
  'InvalidRepositoryNameException',
  'RepositoryDoesNotExistException',
  'RepositoryNameRequiredException',
  'ValidationException',
];

/** Errors any AWS JSON service may answer, whatever the operation declares. */
export const commonErrors: readonly string[] = [
  'AccessDeniedException',
  'ThrottlingException',
  'ValidationException',
  'SerializationException',
  'UnknownOperationException',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'UnrecognizedClientException',
  'InternalFailure',
];

/** Every operation name: the model's 79 and GetBlobDifferences, sorted. */
export const allOperations: readonly string[] = [
  ...Object.keys(serviceModel.operations),
  'GetBlobDifferences',
].sort();

export const shapeNamed = (name: string): Shape | undefined =>
  blobDifferencesShapes[name] ?? serviceModel.shapes[name];

export interface OperationShapes {
  input: string;
  /** Absent when the operation answers nothing but `{}`. */
  output?: string;
  errors: readonly string[];
}

export function operationShapes(operation: string): OperationShapes {
  if (operation === 'GetBlobDifferences') {
    return {
      input: 'GetBlobDifferencesInput',
      output: 'GetBlobDifferencesOutput',
      errors: blobDifferencesErrors,
    };
  }
  const model = serviceModel.operations[operation];
  if (!model?.input) throw new Error(`The service model has no operation ${operation}`);
  return {
    input: model.input.shape,
    ...(model.output ? { output: model.output.shape } : {}),
    errors: (model.errors ?? []).map((ref) => ref.shape),
  };
}
