import { serviceModel, type Shape } from '../../src/protocol/model.ts';

/**
 * The CodeCommit API as the conformance test reads it: the emulator's model, which is AWS's
 * published model plus GetBlobDifferences (newer than that model, written out from the types of
 * @aws-sdk/client-codecommit in src/protocol/model/codecommit-get-blob-differences.json).
 */

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
export const allOperations: readonly string[] = Object.keys(serviceModel.operations).sort();

export const shapeNamed = (name: string): Shape | undefined => serviceModel.shapes[name];

export interface OperationShapes {
  input: string;
  /** Absent when the operation answers nothing but `{}`. */
  output?: string;
  errors: readonly string[];
}

export function operationShapes(operation: string): OperationShapes {
  const model = serviceModel.operations[operation];
  if (!model?.input) throw new Error(`The service model has no operation ${operation}`);
  return {
    input: model.input.shape,
    ...(model.output ? { output: model.output.shape } : {}),
    errors: (model.errors ?? []).map((ref) => ref.shape),
  };
}
