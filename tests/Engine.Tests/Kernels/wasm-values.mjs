// The exact text form of wasm results shared by the engine tests and benchmarks:
// i32/i64 as signed decimal, f32/f64 as the hex of their IEEE bits (so NaN payloads and -0 compare exactly).

/** Formats a JS value returned by a wasm export whose result type is `type`. */
export function formatResult(value, type) {
  switch (type) {
    case 'i32': return String(value | 0);
    case 'i64': return BigInt.asIntN(64, value).toString();
    case 'f32': {
      const view = new DataView(new ArrayBuffer(4));
      view.setFloat32(0, value);
      return '0x' + view.getUint32(0).toString(16).padStart(8, '0');
    }
    case 'f64': {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, value);
      return '0x' + view.getBigUint64(0).toString(16).padStart(16, '0');
    }
    default: throw new Error(`unknown result type ${type}`);
  }
}
