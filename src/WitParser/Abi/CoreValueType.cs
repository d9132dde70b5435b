namespace WitSharp.WitParser.Abi
{
    /// <summary>A core WebAssembly value type as used by flattened Canonical ABI signatures.</summary>
    public enum CoreValueType : byte
    {
        /// <summary><c>i32</c></summary>
        I32,
        /// <summary><c>i64</c></summary>
        I64,
        /// <summary><c>f32</c></summary>
        F32,
        /// <summary><c>f64</c></summary>
        F64,
    }

    /// <summary>The address type of the linear memory a canonical function uses.</summary>
    public enum AbiAddressType : byte
    {
        /// <summary>32-bit memory: pointers and lengths are 4-byte <c>i32</c>.</summary>
        Memory32,
        /// <summary>64-bit memory (memory64): pointers and lengths are 8-byte <c>i64</c>.</summary>
        Memory64,
    }

    /// <summary>Helpers over <see cref="CoreValueType"/>.</summary>
    public static class CoreValueTypes
    {
        /// <summary>The lower-case wasm spelling (<c>i32</c>, <c>f64</c>, …).</summary>
        public static string Name(this CoreValueType type) => type switch
        {
            CoreValueType.I32 => "i32",
            CoreValueType.I64 => "i64",
            CoreValueType.F32 => "f32",
            _ => "f64",
        };

        /// <summary>
        /// Joins two flat slot types of different variant cases: equal types stay,
        /// <c>{i32, f32}</c> becomes <c>i32</c> and anything else becomes <c>i64</c>.
        /// </summary>
        public static CoreValueType Join(CoreValueType a, CoreValueType b)
        {
            if (a == b)
            {
                return a;
            }
            if ((a == CoreValueType.I32 && b == CoreValueType.F32) || (a == CoreValueType.F32 && b == CoreValueType.I32))
            {
                return CoreValueType.I32;
            }
            return CoreValueType.I64;
        }

        /// <summary>The core type of a pointer or length in memory of <paramref name="addressType"/>.</summary>
        public static CoreValueType PointerType(this AbiAddressType addressType) =>
            addressType == AbiAddressType.Memory64 ? CoreValueType.I64 : CoreValueType.I32;

        /// <summary>The size in bytes of a pointer or length in memory of <paramref name="addressType"/>.</summary>
        public static int PointerSize(this AbiAddressType addressType) =>
            addressType == AbiAddressType.Memory64 ? 8 : 4;
    }
}
