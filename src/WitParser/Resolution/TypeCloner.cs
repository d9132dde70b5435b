using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Copies types from one owner to another (used by world <c>include</c>): types owned by the old owner and
    /// anonymous types are copied, types owned by anything else are shared. Copies are appended to the arena,
    /// dependencies first.
    /// </summary>
    internal sealed class TypeCloner
    {
        private readonly WitResolve _resolve;
        private readonly WitTypeOwner _from;
        private readonly WitTypeOwner _to;
        private readonly int _packageId;
        private readonly Dictionary<int, int> _map = new Dictionary<int, int>();

        public TypeCloner(WitResolve resolve, WitTypeOwner from, WitTypeOwner to, int packageId)
        {
            _resolve = resolve;
            _from = from;
            _to = to;
            _packageId = packageId;
        }

        public int Type(int id)
        {
            if (_map.TryGetValue(id, out int mapped)) return mapped;
            var old = _resolve.TypeList[id];
            if (old.Owner.Kind != WitTypeOwnerKind.None && !old.Owner.Equals(_from))
            {
                _map[id] = id;
                return id;
            }
            LargeStack.Guard();
            var kind = CloneKind(old.Kind);
            var owner = old.Owner.Kind == WitTypeOwnerKind.None ? old.Owner : _to;
            _resolve.TypeList.Add(new WitTypeDef(old.Name, kind, owner, old.Docs, old.Stability) { Location = old.Location, ExternalId = old.ExternalId });
            int newId = _resolve.TypeList.Count - 1;
            _map[id] = newId;
            return newId;
        }

        public void Function(WitFunction f)
        {
            if (f.Resource >= 0) f.Resource = Type(f.Resource);
            var parameters = new List<WitParam>();
            foreach (var p in f.Params) parameters.Add(p with { Type = TypeUse(p.Type) });
            f.Params = parameters;
            if (f.Result is { } r) f.Result = TypeUse(r);
        }

        /// <summary>Copies an inline interface (named world item) with its types and functions.</summary>
        public int Interface(int id)
        {
            var old = _resolve.InterfaceList[id];
            int newId = _resolve.InterfaceList.Count;
            var copy = new WitInterface(old.Name) { Docs = old.Docs, Stability = old.Stability, Package = _packageId };
            var inner = new TypeCloner(_resolve, WitTypeOwner.Interface(id), WitTypeOwner.Interface(newId), _packageId);
            _resolve.InterfaceList.Add(copy);
            foreach (var t in old.Types) copy.Types.Set(t.Key, inner.Type(t.Value));
            foreach (var f in old.Functions)
            {
                var nf = f.Value.Clone();
                inner.Function(nf);
                copy.Functions.Set(f.Key, nf);
            }
            return newId;
        }

        private WitType TypeUse(WitType t) => t.IsId ? WitType.FromId(Type(t.TypeId)) : t;

        private WitType? TypeUse(WitType? t) => t is { } v ? TypeUse(v) : (WitType?)null;

        private WitTypeDefKind CloneKind(WitTypeDefKind kind)
        {
            switch (kind)
            {
                case WitAliasKind a: return new WitAliasKind(TypeUse(a.Target));
                case WitHandleKind h: return new WitHandleKind(h.IsBorrow, Type(h.Resource));
                case WitRecordKind r:
                    var fields = new List<WitField>();
                    foreach (var f in r.Fields) fields.Add(f with { Type = TypeUse(f.Type) });
                    return new WitRecordKind(fields);
                case WitVariantKind v:
                    var cases = new List<WitCase>();
                    foreach (var c in v.Cases) cases.Add(c with { Type = TypeUse(c.Type) });
                    return new WitVariantKind(cases);
                case WitTupleKind t:
                    var types = new List<WitType>();
                    foreach (var e in t.Types) types.Add(TypeUse(e));
                    return new WitTupleKind(types);
                case WitOptionKind o: return new WitOptionKind(TypeUse(o.Type));
                case WitListKind l: return new WitListKind(TypeUse(l.Element));
                case WitFixedSizeListKind fl: return new WitFixedSizeListKind(TypeUse(fl.Element), fl.Size);
                case WitMapKind m: return new WitMapKind(TypeUse(m.Key), TypeUse(m.Value));
                case WitResultKind res: return new WitResultKind(TypeUse(res.Ok), TypeUse(res.Err));
                case WitFutureKind fu: return new WitFutureKind(TypeUse(fu.Type));
                case WitStreamKind s: return new WitStreamKind(TypeUse(s.Type));
                default: return kind;
            }
        }
    }
}
