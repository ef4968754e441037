/**
 * Turns a handler's output into AWS JSON 1.1: Dates become epoch seconds, byte arrays become
 * base64, undefined and null members are left out. One pass of JSON.stringify: the replacer
 * sees each member as the handler made it (`this[key]`), before Date's own toJSON.
 */
export function toWireJson(output: unknown): string {
  return JSON.stringify(output ?? {}, wire);
}

function wire(this: unknown, key: string, value: unknown): unknown {
  const original = key === '' ? value : (this as Record<string, unknown>)[key];
  if (original instanceof Date) return original.getTime() / 1000;
  if (original instanceof Uint8Array)
    return Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString(
      'base64',
    );
  if (original === null && !Array.isArray(this)) return undefined;
  return value;
}
