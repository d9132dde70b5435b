using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Abi
{
    /// <summary>Shared, immutable layouts of the primitive types (and of pointer pairs and handles).</summary>
    internal static class PrimitiveLayouts
    {
        private static readonly TypeLayout Byte = new TypeLayout(1, 1, new[] { CoreValueType.I32 });
        private static readonly TypeLayout Half = new TypeLayout(2, 2, new[] { CoreValueType.I32 });
        private static readonly TypeLayout Word = new TypeLayout(4, 4, new[] { CoreValueType.I32 });
        private static readonly TypeLayout DoubleWord = new TypeLayout(8, 8, new[] { CoreValueType.I64 });
        private static readonly TypeLayout Float32 = new TypeLayout(4, 4, new[] { CoreValueType.F32 });
        private static readonly TypeLayout Float64 = new TypeLayout(8, 8, new[] { CoreValueType.F64 });
        private static readonly TypeLayout PointerPair32 = new TypeLayout(8, 4, new[] { CoreValueType.I32, CoreValueType.I32 });
        private static readonly TypeLayout PointerPair64 = new TypeLayout(16, 8, new[] { CoreValueType.I64, CoreValueType.I64 });

        /// <summary>The layout of a primitive; strings (and lists) are a pointer and a length.</summary>
        public static TypeLayout Of(WitTypeKind kind, AbiAddressType addressType)
        {
            switch (kind)
            {
                case WitTypeKind.Bool:
                case WitTypeKind.U8:
                case WitTypeKind.S8:
                    return Byte;
                case WitTypeKind.U16:
                case WitTypeKind.S16:
                    return Half;
                case WitTypeKind.U32:
                case WitTypeKind.S32:
                case WitTypeKind.Char:
                case WitTypeKind.ErrorContext:
                    return Word;
                case WitTypeKind.U64:
                case WitTypeKind.S64:
                    return DoubleWord;
                case WitTypeKind.F32:
                    return Float32;
                case WitTypeKind.F64:
                    return Float64;
                case WitTypeKind.String:
                    return addressType == AbiAddressType.Memory64 ? PointerPair64 : PointerPair32;
                default:
                    throw new AbiTypeException("type has no Canonical ABI layout");
            }
        }
    }
}
