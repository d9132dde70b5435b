using System.Collections.Generic;
using WitSharp.Generator.Emit.Resources;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Which functions get trampolines: synchronous ones whose parameter and result types have a Canonical ABI
    /// layout and contain no <c>stream</c>, <c>future</c> or <c>error-context</c> and only handles <see cref="HandleCoding"/> supports. Shared by the export and import bindings
    /// so both sides bind the same set. The type walk uses an explicit stack, so deep types cannot overflow it.
    /// </summary>
    internal sealed class TypeSupport
    {
        private readonly WitResolve _resolve;
        private readonly CanonicalLayout _layout;
        private readonly HandleCoding _handles;
        private readonly TypeMapper? _types;
        private readonly Dictionary<int, Facts> _memo = new Dictionary<int, Facts>();

        /// <summary>
        /// Creates the walk; with <paramref name="types"/>, a boxed structural type (a class that may be null) and
        /// everything holding one need a check.
        /// </summary>
        public TypeSupport(WitResolve resolve, CanonicalLayout layout, HandleCoding handles, TypeMapper? types = null)
        {
            _resolve = resolve;
            _layout = layout;
            _handles = handles;
            _types = types;
        }

        /// <summary>True when every one of <paramref name="functions"/> gets a trampoline.</summary>
        public bool Supports(IEnumerable<WitFunction> functions)
        {
            foreach (var f in functions) if (!Supports(f)) return false;
            return true;
        }

        /// <summary>True when <paramref name="function"/> gets a trampoline.</summary>
        public bool Supports(WitFunction function)
        {
            if (SignatureWriter.IsAsync(function.Kind)) return false;
            foreach (var p in function.Params) if (!Supports(p.Type)) return false;
            return function.Result is not { } r || Supports(r);
        }

        /// <summary>True when values of <paramref name="type"/> can be lifted and lowered by generated code.</summary>
        public bool Supports(WitType type)
        {
            if (!type.IsId) return type.Kind != WitTypeKind.ErrorContext;
            if (!Walk(type.TypeId).Ok) return false;
            return _layout.TryValidate(type, out _);
        }

        /// <summary>True when <paramref name="function"/>'s signature contains an <c>own</c> or <c>borrow</c> handle.</summary>
        public bool HasHandles(WitFunction function)
        {
            foreach (var p in function.Params) if (p.Type.IsId && Walk(p.Type.TypeId).Handle) return true;
            return function.Result is { IsId: true } r && Walk(r.TypeId).Handle;
        }

        /// <summary>True when storing a value of <paramref name="type"/> calls <c>cabi_realloc</c> (it holds a string or list).</summary>
        public bool Allocates(WitType type) => type.IsId ? Walk(type.TypeId).Allocates : type.Kind == WitTypeKind.String;

        /// <summary>
        /// True when a C# value of <paramref name="type"/> can be invalid for lowering: it is or holds a reference that
        /// may be null (strings, lists, maps, records, variants, resources), an enum, or a fixed-length list.
        /// </summary>
        public bool NeedsCheck(WitType type) => type.IsId ? Walk(type.TypeId).Checked : type.Kind == WitTypeKind.String;

        // What the walk learns about a type: bindable, holds a handle, holds a string or list.
        // A class, not a struct: Dictionary<int, class> runs on shared generic code, which keeps the first run's JIT work down.
        private sealed record Facts(bool Ok, bool Handle, bool Allocates, bool Checked);

        private Facts Walk(int root)
        {
            if (_memo.TryGetValue(root, out var known)) return known;
            // A List<int> as the stack: compiled for other callers already, where Stack<int> is JIT work on a cold start.
            var stack = new List<int>();
            var onStack = new HashSet<int>();
            stack.Add(root);
            onStack.Add(root);
            var children = new List<WitType>();
            while (stack.Count > 0)
            {
                int id = stack[stack.Count - 1];
                if ((uint)id >= (uint)_resolve.Types.Count)
                {
                    Finish(stack, onStack, id, new Facts(false, false, false, false));
                    continue;
                }
                children.Clear();
                var kind = _resolve.Types[id].Kind;
                bool ok = Own(kind, children);
                bool handle = kind is WitHandleKind;
                bool allocates = kind is WitListKind or WitMapKind;
                bool check = kind is WitListKind or WitMapKind or WitFixedSizeListKind or WitRecordKind or WitVariantKind or WitEnumKind or WitHandleKind
                    || (_types is not null && _types.IsBoxed(id));
                bool waiting = false;
                foreach (var child in children)
                {
                    if (!child.IsId)
                    {
                        ok &= child.Kind != WitTypeKind.ErrorContext;
                        allocates |= child.Kind == WitTypeKind.String;
                        check |= child.Kind == WitTypeKind.String;
                    }
                    else if (_memo.TryGetValue(child.TypeId, out var childResult))
                    {
                        ok &= childResult.Ok;
                        handle |= childResult.Handle;
                        allocates |= childResult.Allocates;
                        check |= childResult.Checked;
                    }
                    else if (onStack.Contains(child.TypeId))
                    {
                        ok = false; // a cycle: no layout exists
                    }
                    else
                    {
                        // One child at a time, so that the stack holds only ancestors: a sibling pushed beside it would
                        // look like a cycle to a later sibling that contains it (error-code's cases share payload types).
                        stack.Add(child.TypeId);
                        onStack.Add(child.TypeId);
                        waiting = true;
                        break;
                    }
                }
                if (!waiting) Finish(stack, onStack, id, new Facts(ok, handle, allocates, check));
            }
            return _memo[root];
        }

        private void Finish(List<int> stack, HashSet<int> onStack, int id, Facts result)
        {
            _memo[id] = result;
            stack.RemoveAt(stack.Count - 1);
            onStack.Remove(id);
        }

        // Whether the definition itself is bindable, and the types it contains.
        private bool Own(WitTypeDefKind kind, List<WitType> children)
        {
            switch (kind)
            {
                case WitAliasKind alias: children.Add(alias.Target); return true;
                case WitRecordKind record: foreach (var f in record.Fields) children.Add(f.Type); return true;
                case WitTupleKind tuple: children.AddRange(tuple.Types); return true;
                case WitVariantKind variant:
                    foreach (var c in variant.Cases) if (c.Type is { } t) children.Add(t);
                    return true;
                case WitOptionKind option: children.Add(option.Type); return true;
                case WitResultKind result:
                    if (result.Ok is { } ok) children.Add(ok);
                    if (result.Err is { } err) children.Add(err);
                    return true;
                case WitListKind list: children.Add(list.Element); return true;
                case WitFixedSizeListKind fixedList: children.Add(fixedList.Element); return true;
                case WitMapKind map:
                    // Despecialized to list<tuple<K, V>> (CanonicalABI.md "Despecialization").
                    children.Add(map.Key);
                    children.Add(map.Value);
                    return true;
                case WitEnumKind:
                case WitFlagsKind:
                    return true;
                case WitHandleKind handle: return _handles.Supports(handle);
                default: return false; // resources as values, stream, future
            }
        }
    }
}
