using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Which interfaces and world-level types the bindings of a world need: the interfaces it imports and
    /// exports plus every interface owning a type they reach (elaborated worlds usually import those already;
    /// this makes the output compile even when they do not). The walk uses an explicit stack, so deeply
    /// nested types cannot overflow the call stack.
    /// </summary>
    internal sealed class ReachableItems
    {
        private readonly WitResolve _resolve;
        private readonly HashSet<int> _visitedTypes = new HashSet<int>();
        // Used as a stack (push = Add, pop = last): List<WitType> is compiled for other callers already, Stack<WitType>
        // would be one more generic instantiation for the JIT on a cold start.
        private readonly List<WitType> _pending = new List<WitType>();

        public ReachableItems(WitResolve resolve, int worldId)
        {
            _resolve = resolve;
            var world = resolve.Worlds[worldId];
            foreach (var items in new[] { world.Imports, world.Exports })
            {
                foreach (var entry in items)
                {
                    var item = entry.Value;
                    switch (item.Kind)
                    {
                        case WitWorldItemKind.Interface: AddInterface(item.Id); break;
                        case WitWorldItemKind.Type: _pending.Add(WitType.FromId(item.Id)); break;
                        case WitWorldItemKind.Function when item.Function is { } f: AddFunction(f); break;
                    }
                }
            }
            Drain();
        }

        /// <summary>Every interface to emit, in discovery order.</summary>
        public List<int> Interfaces { get; } = new List<int>();

        /// <summary>Every nominal type reached that no interface owns (world types), in index order.</summary>
        public List<int> WorldTypes { get; } = new List<int>();

        /// <summary>All type definitions reached, for visiting in index (topological) order.</summary>
        public IEnumerable<int> Types => _visitedTypes;

        private readonly HashSet<int> _interfaceSet = new HashSet<int>();

        private void AddInterface(int id)
        {
            if (id < 0 || id >= _resolve.Interfaces.Count || !_interfaceSet.Add(id)) return;
            Interfaces.Add(id);
            var iface = _resolve.Interfaces[id];
            foreach (var t in iface.Types.Values) _pending.Add(WitType.FromId(t));
            foreach (var f in iface.Functions.Values) AddFunction(f);
        }

        private void AddFunction(WitFunction f)
        {
            foreach (var p in f.Params) _pending.Add(p.Type);
            if (f.Result is { } r) _pending.Add(r);
        }

        private void Drain()
        {
            while (_pending.Count > 0)
            {
                var type = _pending[_pending.Count - 1];
                _pending.RemoveAt(_pending.Count - 1);
                if (!type.IsId || type.TypeId < 0 || type.TypeId >= _resolve.Types.Count || !_visitedTypes.Add(type.TypeId)) continue;
                var def = _resolve.Types[type.TypeId];
                if (def.Owner.Kind == WitTypeOwnerKind.Interface && def.Owner.Id >= 0 && def.Owner.Id < _resolve.Interfaces.Count) AddInterface(def.Owner.Id);
                else if (Naming.BindingNames.IsNominal(def)) WorldTypes.Add(type.TypeId);
                AddChildren(def.Kind);
            }
            WorldTypes.Sort();
        }

        /// <summary>Pushes the types a type definition refers to directly, in field/case order.</summary>
        private void AddChildren(WitTypeDefKind kind)
        {
            switch (kind)
            {
                case WitRecordKind r: foreach (var f in r.Fields) _pending.Add(f.Type); break;
                case WitVariantKind v: foreach (var c in v.Cases) if (c.Type is { } t) _pending.Add(t); break;
                case WitTupleKind t: foreach (var e in t.Types) _pending.Add(e); break;
                case WitAliasKind a: _pending.Add(a.Target); break;
                case WitHandleKind h: _pending.Add(WitType.FromId(h.Resource)); break;
                case WitOptionKind o: _pending.Add(o.Type); break;
                case WitResultKind res:
                    if (res.Ok is { } ok) _pending.Add(ok);
                    if (res.Err is { } err) _pending.Add(err);
                    break;
                case WitListKind l: _pending.Add(l.Element); break;
                case WitFixedSizeListKind fl: _pending.Add(fl.Element); break;
                case WitMapKind m: _pending.Add(m.Key); _pending.Add(m.Value); break;
                case WitFutureKind fu when fu.Type is { } ft: _pending.Add(ft); break;
                case WitStreamKind s when s.Type is { } st: _pending.Add(st); break;
            }
        }
    }
}
