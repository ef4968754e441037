/**
 * Applies a git delta (as stored in packs) to its base: a header of the two sizes, then
 * instructions to copy a range of the base or to insert the bytes that follow.
 * Throws when the delta does not fit its base or does not make the size it declares.
 *
 * @example
 * const content = applyDelta(base, inflateSync(deltaData));
 */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let at = 0;
  const readSize = (): number => {
    let size = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = delta[at++]!;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return size;
  };
  if (readSize() !== base.length) throw new Error('delta: the base has another size');
  const target = Buffer.allocUnsafe(readSize());
  let written = 0;
  while (at < delta.length) {
    const op = delta[at++]!;
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let bit = 0; bit < 4; bit += 1) {
        if (op & (1 << bit)) offset += delta[at++]! * 2 ** (8 * bit);
      }
      for (let bit = 0; bit < 3; bit += 1) {
        if (op & (0x10 << bit)) size += delta[at++]! << (8 * bit);
      }
      if (size === 0) size = 0x10000;
      if (offset + size > base.length || written + size > target.length)
        throw new Error('delta: a copy reaches outside its base or target');
      written += base.copy(target, written, offset, offset + size);
    } else if (op > 0) {
      if (at + op > delta.length || written + op > target.length)
        throw new Error('delta: an insert reaches outside the delta or target');
      written += delta.copy(target, written, at, at + op);
      at += op;
    } else {
      throw new Error('delta: instruction 0 is reserved');
    }
  }
  if (written !== target.length) throw new Error('delta: the target is short');
  return target;
}
