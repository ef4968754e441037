import { readFileSync } from 'node:fs';

/**
 * The CodeCommit service model as AWS publishes it in botocore (Apache License 2.0), kept beside
 * this file so validation, dispatch and the conformance tests read one source of truth.
 */

export interface ShapeRef {
  shape: string;
}

export interface Shape {
  type:
    'structure' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob' | 'list' | 'map';
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  exception?: boolean;
  documentation?: string;
}

export interface OperationModel {
  name: string;
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
}

export interface ServiceModel {
  metadata: { targetPrefix: string; apiVersion: string };
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;

const publishedModel = read<ServiceModel>('./model/codecommit-2015-04-13.service.json');
/** GetBlobDifferences is newer than the published model; its shapes come from the SDK's types. */
const blobDifferences = read<Pick<ServiceModel, 'operations' | 'shapes'>>(
  './model/codecommit-get-blob-differences.json',
);

/** Every operation of CodeCommit: the published model's 79 and GetBlobDifferences. */
export const serviceModel: ServiceModel = {
  ...publishedModel,
  operations: { ...publishedModel.operations, ...blobDifferences.operations },
  shapes: { ...publishedModel.shapes, ...blobDifferences.shapes },
};

export const paginators = read<{
  pagination: Record<
    string,
    { input_token: string; output_token: string; limit_key?: string; result_key?: string }
  >;
}>('./model/codecommit-2015-04-13.paginators.json');

export const isKnownOperation = (name: string): boolean =>
  Object.hasOwn(serviceModel.operations, name);

export const operationModel = (name: string): OperationModel | undefined =>
  Object.hasOwn(serviceModel.operations, name) ? serviceModel.operations[name] : undefined;

export const shapeOf = (name: string): Shape => {
  const shape = serviceModel.shapes[name];
  if (!shape) throw new Error(`The service model has no shape ${name}`);
  return shape;
};

/** The exceptions an operation declares, by name. */
export const declaredErrors = (operation: string): string[] =>
  operationModel(operation)?.errors?.map((ref) => ref.shape) ?? [];
