using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Which function signatures the current trampolines cover: freestanding functions over scalars, strings and
    /// <c>list&lt;u8&gt;</c>, at most 16 flat parameters, with one such result or none. Shared by the export and
    /// import bindings so both sides bind the same set.
    /// </summary>
    internal sealed class FlatSignatures
    {
        private readonly TypeMapper _types;

        public FlatSignatures(TypeMapper types) => _types = types;

        /// <summary>True when every one of <paramref name="functions"/> can be bound by this slice.</summary>
        public bool Supports(IEnumerable<WitFunction> functions) => functions.All(f =>
            f.Kind == WitFunctionKindTag.Freestanding
            && f.Params.All(p => IsFlat(p.Type))
            && f.Params.Sum(p => FlatCount(p.Type)) <= 16
            && (f.Result is not { } r || IsFlat(r)));

        /// <summary>True when one of <paramref name="functions"/> passes a string or bytes (the binding then needs guest memory).</summary>
        public bool UsesMemory(IEnumerable<WitFunction> functions) => functions.Any(f =>
            f.Params.Any(p => InMemory(p.Type) != null) || (f.Result is { } r && InMemory(r) != null));

        /// <summary>"String" or "Bytes" for the types that travel as (pointer, length) into guest memory; null otherwise.</summary>
        public string? InMemory(WitType type) =>
            !type.IsId && type.Kind == WitTypeKind.String ? "String" : _types.IsByteList(type) ? "Bytes" : null;

        /// <summary>A scalar, string or <c>list&lt;u8&gt;</c>.</summary>
        public bool IsFlat(WitType type) => ScalarCoding.IsScalar(type) || InMemory(type) != null || _types.EnumLike(type) is not null;

        /// <summary>An expression lowering the one-flat-value type <paramref name="type"/> from <paramref name="value"/>.</summary>
        public string Lower(WitType type, string value) =>
            _types.EnumLike(type) is not null
                ? "global::WitSharp.Runtime.CoreValue.I32((uint)" + value + ")" // enum cases and flag bits are their canonical values
                : ScalarCoding.Lower(type.Kind, value);

        /// <summary>An expression lifting the one-flat-value type <paramref name="type"/> from the core value <paramref name="flat"/>.</summary>
        public string Lift(WitType type, string flat)
        {
            if (_types.EnumLike(type) is not { } e) return ScalarCoding.Lift(type.Kind, flat);
            // Out-of-range enum discriminants trap; flag bits past the last flag are dropped, as the ABI says.
            string scalars = "global::WitSharp.Runtime.CanonicalScalars.";
            string lifted = e.IsFlags
                ? scalars + "LiftFlags((uint)" + flat + ".Bits, " + e.Count + ")"
                : scalars + "LiftDiscriminant(" + flat + ".Bits, " + e.Count + ")";
            return "(" + _types.Name(type) + ")" + lifted;
        }

        /// <summary>The <c>CoreValueType</c> member of a one-flat-value type.</summary>
        public string FlatType(WitType type) => _types.EnumLike(type) is not null ? "I32" : ScalarCoding.FlatType(type.Kind);

        /// <summary>The number of flat values the type takes as a parameter (a (pointer, length) pair counts two).</summary>
        public int FlatCount(WitType type) => InMemory(type) != null ? 2 : 1;
    }
}
