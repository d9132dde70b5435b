using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// The structure of an anonymous type (<c>list&lt;u8&gt;</c>, <c>borrow&lt;r&gt;</c>, <c>tuple&lt;…&gt;</c>, …), used
    /// to give structurally equal anonymous types one shared definition per package, as the reference does.
    /// </summary>
    internal readonly struct AnonymousTypeKey : IEquatable<AnonymousTypeKey>
    {
        // Packed small: a large package interns tens of thousands of these, and a smaller key means smaller
        // dictionary entries and a cheaper comparison. Each type is one int (see Code).
        private readonly byte _tag;
        private readonly int _first;
        private readonly int _second;
        private readonly uint _size;
        private readonly IReadOnlyList<WitType>? _elements;

        private AnonymousTypeKey(byte tag, WitType? first, WitType? second, uint size, IReadOnlyList<WitType>? elements)
        {
            _tag = tag;
            _first = Code(first);
            _second = Code(second);
            _size = size;
            _elements = elements;
        }

        /// <summary>A type index as itself, a primitive below -1, no type as -1.</summary>
        private static int Code(WitType? type) => type is not { } t ? -1 : t.IsId ? t.TypeId : -2 - (int)t.Kind;

        /// <summary>The key of <c>list&lt;element&gt;</c>.</summary>
        public static AnonymousTypeKey List(WitType element) => new AnonymousTypeKey(2, element, null, 0, null);

        /// <summary>The key of <c>option&lt;type&gt;</c>.</summary>
        public static AnonymousTypeKey Option(WitType type) => new AnonymousTypeKey(5, type, null, 0, null);

        /// <summary>The key of <c>result&lt;ok, err&gt;</c> (either may be absent).</summary>
        public static AnonymousTypeKey Result(WitType? ok, WitType? err) => new AnonymousTypeKey(6, ok, err, 0, null);

        /// <summary>The key of <paramref name="kind"/>, or null for kinds that are never anonymous.</summary>
        public static AnonymousTypeKey? For(WitTypeDefKind kind) => kind switch
        {
            WitHandleKind h => new AnonymousTypeKey(1, WitType.FromId(h.Resource), null, h.IsBorrow ? 1u : 0u, null),
            WitListKind l => List(l.Element),
            WitFixedSizeListKind f => new AnonymousTypeKey(3, f.Element, null, f.Size, null),
            WitMapKind m => new AnonymousTypeKey(4, m.Key, m.Value, 0, null),
            WitOptionKind o => Option(o.Type),
            WitResultKind r => Result(r.Ok, r.Err),
            WitFutureKind fu => new AnonymousTypeKey(7, fu.Type, null, 0, null),
            WitStreamKind s => new AnonymousTypeKey(8, s.Type, null, 0, null),
            WitTupleKind t => new AnonymousTypeKey(9, null, null, (uint)t.Types.Count, t.Types),
            _ => null,
        };

        public bool Equals(AnonymousTypeKey other)
        {
            if (_tag != other._tag || _first != other._first || _second != other._second || _size != other._size) return false;
            if (_elements is null || other._elements is null) return _elements is null && other._elements is null;
            for (int i = 0; i < _elements.Count; i++)
            {
                if (!_elements[i].Equals(other._elements[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is AnonymousTypeKey k && Equals(k);

        public override int GetHashCode()
        {
            unchecked
            {
                int h = _tag;
                h = h * 31 + _first;
                h = h * 31 + _second;
                h = h * 31 + (int)_size;
                if (_elements is not null) for (int i = 0; i < _elements.Count; i++) h = h * 31 + _elements[i].GetHashCode();
                return h;
            }
        }
    }
}
