using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// Equality of value types across two resolves. The Component Model relates value types by equality (only
    /// instance, component and module types have width subtyping), so this is the subtyping check for values.
    /// Named types compare by identity (interface and name); their bodies are compared once where they are
    /// defined, so a changed record is reported at the record, not at every function using it.
    /// </summary>
    public static class TypeEquivalence
    {
        /// <summary>True when <paramref name="a"/> in <paramref name="sideA"/> is the same type as <paramref name="b"/> in <paramref name="sideB"/>.</summary>
        public static bool Same(WitResolve sideA, WitType a, WitResolve sideB, WitType b) => Same(sideA, a, sideB, b, 0);

        /// <summary>Same as <see cref="Same(WitResolve, WitType, WitResolve, WitType)"/> for optional types.</summary>
        public static bool Same(WitResolve sideA, WitType? a, WitResolve sideB, WitType? b) =>
            a is { } x ? b is { } y && Same(sideA, x, sideB, y, 0) : b is null;

        /// <summary>Follows aliases (<c>type a = b</c>, <c>use</c>) to the type they name.</summary>
        public static WitType Unalias(WitResolve resolve, WitType type)
        {
            for (int guard = 0; guard < 1000 && type.IsId; guard++)
            {
                if (resolve.Types[type.TypeId].Kind is not WitAliasKind alias) break;
                type = alias.Target;
            }
            return type;
        }

        /// <summary>The identity of a named type: <c>ns:pkg/iface#name</c> (version-free, so versions of one package match).</summary>
        public static string? Identity(WitResolve resolve, int typeId)
        {
            var def = resolve.Types[typeId];
            if (def.Name is null) return null;
            switch (def.Owner.Kind)
            {
                case WitTypeOwnerKind.Interface:
                    var iface = resolve.Interfaces[def.Owner.Id];
                    // An inline interface has no name to match by; its types are matched by their own names.
                    if (iface.Name is null) return "inline#" + def.Name;
                    string pkg = iface.Package is int p ? resolve.Packages[p].Name.WithoutVersion : "";
                    return pkg + "/" + (iface.Name ?? "") + "#" + def.Name;
                case WitTypeOwnerKind.World:
                    return "world " + resolve.Worlds[def.Owner.Id].Name + "#" + def.Name;
                default:
                    return def.Name;
            }
        }

        private static bool Same(WitResolve ra, WitType a, WitResolve rb, WitType b, int depth)
        {
            a = Unalias(ra, a);
            b = Unalias(rb, b);
            if (!a.IsId || !b.IsId) return a.Kind == b.Kind;
            if (depth > 200) return false;
            string? ia = Identity(ra, a.TypeId), ib = Identity(rb, b.TypeId);
            if (ia is not null || ib is not null) return ia == ib;
            return SameStructure(ra, ra.Types[a.TypeId].Kind, rb, rb.Types[b.TypeId].Kind, depth + 1);
        }

        /// <summary>True when two anonymous type constructors (list, option, handle, …) are the same shape with the same arguments.</summary>
        public static bool SameShape(WitResolve ra, WitTypeDefKind ka, WitResolve rb, WitTypeDefKind kb) => SameStructure(ra, ka, rb, kb, 0);

        private static bool SameStructure(WitResolve ra, WitTypeDefKind ka, WitResolve rb, WitTypeDefKind kb, int d)
        {
            switch (ka)
            {
                case WitHandleKind ha when kb is WitHandleKind hb:
                    return ha.IsBorrow == hb.IsBorrow && Identity(ra, ha.Resource) == Identity(rb, hb.Resource);
                case WitListKind la when kb is WitListKind lb:
                    return Same(ra, la.Element, rb, lb.Element, d);
                case WitFixedSizeListKind fa when kb is WitFixedSizeListKind fb:
                    return fa.Size == fb.Size && Same(ra, fa.Element, rb, fb.Element, d);
                case WitOptionKind oa when kb is WitOptionKind ob:
                    return Same(ra, oa.Type, rb, ob.Type, d);
                case WitResultKind xa when kb is WitResultKind xb:
                    return SameOptional(ra, xa.Ok, rb, xb.Ok, d) && SameOptional(ra, xa.Err, rb, xb.Err, d);
                case WitTupleKind ta when kb is WitTupleKind tb:
                    if (ta.Types.Count != tb.Types.Count) return false;
                    for (int i = 0; i < ta.Types.Count; i++) if (!Same(ra, ta.Types[i], rb, tb.Types[i], d)) return false;
                    return true;
                case WitMapKind ma when kb is WitMapKind mb:
                    return Same(ra, ma.Key, rb, mb.Key, d) && Same(ra, ma.Value, rb, mb.Value, d);
                case WitFutureKind pa when kb is WitFutureKind pb:
                    return SameOptional(ra, pa.Type, rb, pb.Type, d);
                case WitStreamKind sa when kb is WitStreamKind sb:
                    return SameOptional(ra, sa.Type, rb, sb.Type, d);
                default:
                    // Anonymous records, variants and the like do not occur; different constructors differ.
                    return false;
            }
        }

        private static bool SameOptional(WitResolve ra, WitType? a, WitResolve rb, WitType? b, int d) =>
            a is { } x ? b is { } y && Same(ra, x, rb, y, d) : b is null;
    }
}
