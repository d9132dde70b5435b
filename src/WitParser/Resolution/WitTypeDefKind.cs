using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>What a type definition is. One subclass per WIT type constructor.</summary>
    public abstract class WitTypeDefKind
    {
        private protected WitTypeDefKind() { }
    }

    /// <summary>A named field of a record.</summary>
    public readonly record struct WitField(string Name, WitType Type, WitDocs Docs);

    /// <summary>A case of a variant, with an optional payload.</summary>
    public readonly record struct WitCase(string Name, WitType? Type, WitDocs Docs);

    /// <summary>A flag or an enum case: a name and docs.</summary>
    public readonly record struct WitNamedCase(string Name, WitDocs Docs);

    /// <summary><c>record { … }</c></summary>
    public sealed class WitRecordKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitRecordKind(IReadOnlyList<WitField> fields) => Fields = fields;
        /// <summary>The fields in order.</summary>
        public IReadOnlyList<WitField> Fields { get; internal set; }
    }

    /// <summary><c>resource</c></summary>
    public sealed class WitResourceKind : WitTypeDefKind
    {
        /// <summary>The one instance (resources carry no data in the type itself).</summary>
        public static readonly WitResourceKind Instance = new WitResourceKind();
        private WitResourceKind() { }
    }

    /// <summary><c>own&lt;T&gt;</c> or <c>borrow&lt;T&gt;</c></summary>
    public sealed class WitHandleKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitHandleKind(bool isBorrow, int resource)
        {
            IsBorrow = isBorrow;
            Resource = resource;
        }
        /// <summary>True for <c>borrow</c>, false for <c>own</c>.</summary>
        public bool IsBorrow { get; }
        /// <summary>The resource type index.</summary>
        public int Resource { get; internal set; }
    }

    /// <summary><c>flags { … }</c></summary>
    public sealed class WitFlagsKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitFlagsKind(IReadOnlyList<WitNamedCase> flags) => Flags = flags;
        /// <summary>The flags in order.</summary>
        public IReadOnlyList<WitNamedCase> Flags { get; }
    }

    /// <summary><c>tuple&lt;…&gt;</c></summary>
    public sealed class WitTupleKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitTupleKind(IReadOnlyList<WitType> types) => Types = types;
        /// <summary>The element types.</summary>
        public IReadOnlyList<WitType> Types { get; internal set; }
    }

    /// <summary><c>variant { … }</c></summary>
    public sealed class WitVariantKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitVariantKind(IReadOnlyList<WitCase> cases) => Cases = cases;
        /// <summary>The cases in order.</summary>
        public IReadOnlyList<WitCase> Cases { get; internal set; }
    }

    /// <summary><c>enum { … }</c></summary>
    public sealed class WitEnumKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitEnumKind(IReadOnlyList<WitNamedCase> cases) => Cases = cases;
        /// <summary>The cases in order.</summary>
        public IReadOnlyList<WitNamedCase> Cases { get; }
    }

    /// <summary><c>option&lt;T&gt;</c></summary>
    public sealed class WitOptionKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitOptionKind(WitType type) => Type = type;
        /// <summary>The payload type.</summary>
        public WitType Type { get; internal set; }
    }

    /// <summary><c>result&lt;T, E&gt;</c> with either side optional.</summary>
    public sealed class WitResultKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitResultKind(WitType? ok, WitType? err)
        {
            Ok = ok;
            Err = err;
        }
        /// <summary>The success payload, if any.</summary>
        public WitType? Ok { get; internal set; }
        /// <summary>The error payload, if any.</summary>
        public WitType? Err { get; internal set; }
    }

    /// <summary><c>list&lt;T&gt;</c></summary>
    public sealed class WitListKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitListKind(WitType element) => Element = element;
        /// <summary>The element type.</summary>
        public WitType Element { get; internal set; }
    }

    /// <summary><c>list&lt;T, N&gt;</c></summary>
    public sealed class WitFixedSizeListKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitFixedSizeListKind(WitType element, uint size)
        {
            Element = element;
            Size = size;
        }
        /// <summary>The element type.</summary>
        public WitType Element { get; internal set; }
        /// <summary>The element count.</summary>
        public uint Size { get; }
    }

    /// <summary><c>map&lt;K, V&gt;</c></summary>
    public sealed class WitMapKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitMapKind(WitType key, WitType value)
        {
            Key = key;
            Value = value;
        }
        /// <summary>The key type.</summary>
        public WitType Key { get; internal set; }
        /// <summary>The value type.</summary>
        public WitType Value { get; internal set; }
    }

    /// <summary><c>future&lt;T&gt;</c> or <c>future</c></summary>
    public sealed class WitFutureKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitFutureKind(WitType? type) => Type = type;
        /// <summary>The payload, if any.</summary>
        public WitType? Type { get; internal set; }
    }

    /// <summary><c>stream&lt;T&gt;</c> or <c>stream</c></summary>
    public sealed class WitStreamKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitStreamKind(WitType? type) => Type = type;
        /// <summary>The element type, if any.</summary>
        public WitType? Type { get; internal set; }
    }

    /// <summary><c>type a = b</c>, and a name brought in by <c>use</c>.</summary>
    public sealed class WitAliasKind : WitTypeDefKind
    {
        /// <summary>Creates the kind.</summary>
        public WitAliasKind(WitType target) => Target = target;
        /// <summary>The aliased type.</summary>
        public WitType Target { get; internal set; }
    }

    /// <summary>A type from a foreign package not yet looked up (only during resolution).</summary>
    public sealed class WitUnknownKind : WitTypeDefKind
    {
        /// <summary>The one instance.</summary>
        public static readonly WitUnknownKind Instance = new WitUnknownKind();
        private WitUnknownKind() { }
    }
}
