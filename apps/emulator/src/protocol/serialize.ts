/**
 * Turns a handler's output into AWS JSON 1.1: Dates become epoch seconds, byte arrays become
 * base64, undefined members are left out.
 */
export function toWireJson(output: unknown): string {
  return JSON.stringify(toWire(output) ?? {});
}

function toWire(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return value.map((item) => toWire(item) ?? null);
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const wire = toWire(member);
      if (wire !== undefined) result[key] = wire;
    }
    return result;
  }
  return value;
}
