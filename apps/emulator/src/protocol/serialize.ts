/**
 * Turns a handler's output into AWS JSON 1.1: Dates become epoch seconds, byte arrays become
 * base64, undefined and null members are left out.
 */
export function toWireJson(output: unknown): string {
  return JSON.stringify(toWire(output) ?? {});
}

/**
 * The wire form of a value, copying only the objects and arrays that hold something to change:
 * most outputs (a folder of hundreds of entries) are strings and numbers all the way down.
 */
function toWire(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const wire = toWire(item) ?? null;
      if (copy) copy.push(wire);
      else if (wire !== item) copy = [...value.slice(0, index), wire];
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, member] of Object.entries(value)) {
    const wire = toWire(member);
    if (wire === member) continue;
    copy ??= { ...value };
    if (wire === undefined) delete copy[key];
    else copy[key] = wire;
  }
  return copy ?? value;
}
