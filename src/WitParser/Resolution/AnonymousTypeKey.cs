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
        private readonly Type _kind;
        private readonly WitType? _first;
        private readonly WitType? _second;
        private readonly uint _size;
        private readonly IReadOnlyList<WitType>? _elements;

        private AnonymousTypeKey(Type kind, WitType? first, WitType? second, uint size, IReadOnlyList<WitType>? elements)
        {
            _kind = kind;
            _first = first;
            _second = second;
            _size = size;
            _elements = elements;
        }

        /// <summary>The key of <paramref name="kind"/>, or null for kinds that are never anonymous.</summary>
        public static AnonymousTypeKey? For(WitTypeDefKind kind) => kind switch
        {
            WitHandleKind h => new AnonymousTypeKey(typeof(WitHandleKind), WitType.FromId(h.Resource), null, h.IsBorrow ? 1u : 0u, null),
            WitListKind l => new AnonymousTypeKey(typeof(WitListKind), l.Element, null, 0, null),
            WitFixedSizeListKind f => new AnonymousTypeKey(typeof(WitFixedSizeListKind), f.Element, null, f.Size, null),
            WitMapKind m => new AnonymousTypeKey(typeof(WitMapKind), m.Key, m.Value, 0, null),
            WitOptionKind o => new AnonymousTypeKey(typeof(WitOptionKind), o.Type, null, 0, null),
            WitResultKind r => new AnonymousTypeKey(typeof(WitResultKind), r.Ok, r.Err, 0, null),
            WitFutureKind fu => new AnonymousTypeKey(typeof(WitFutureKind), fu.Type, null, 0, null),
            WitStreamKind s => new AnonymousTypeKey(typeof(WitStreamKind), s.Type, null, 0, null),
            WitTupleKind t => new AnonymousTypeKey(typeof(WitTupleKind), null, null, (uint)t.Types.Count, t.Types),
            _ => null,
        };

        public bool Equals(AnonymousTypeKey other)
        {
            if (_kind != other._kind || !Nullable.Equals(_first, other._first) || !Nullable.Equals(_second, other._second) || _size != other._size) return false;
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
                int h = _kind.GetHashCode();
                h = h * 31 + _first.GetHashCode();
                h = h * 31 + _second.GetHashCode();
                h = h * 31 + (int)_size;
                if (_elements is not null) foreach (var e in _elements) h = h * 31 + e.GetHashCode();
                return h;
            }
        }
    }
}
