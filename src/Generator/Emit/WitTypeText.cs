using System.Text;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// A short WIT spelling of a type for comments in generated code (<c>list&lt;tuple&lt;string, u32&gt;&gt;</c>): named
    /// types by name, structure a few levels deep, <c>…</c> below that.
    /// </summary>
    internal static class WitTypeText
    {
        private const int MaxDepth = 4;

        /// <summary>The WIT text of <paramref name="type"/>.</summary>
        public static string Describe(WitResolve resolve, WitType type)
        {
            var sb = new StringBuilder();
            Append(resolve, type, sb, 0);
            return sb.ToString();
        }

        private static void Append(WitResolve resolve, WitType type, StringBuilder sb, int depth)
        {
            if (!type.IsId)
            {
                sb.Append(type.PrimitiveName);
                return;
            }
            if ((uint)type.TypeId >= (uint)resolve.Types.Count || depth > MaxDepth)
            {
                sb.Append('…');
                return;
            }
            var def = resolve.Types[type.TypeId];
            if (def.Name is { } name && depth > 0)
            {
                sb.Append(name);
                return;
            }
            switch (def.Kind)
            {
                case WitRecordKind: sb.Append("record ").Append(def.Name); break;
                case WitVariantKind: sb.Append("variant ").Append(def.Name); break;
                case WitEnumKind: sb.Append("enum ").Append(def.Name); break;
                case WitFlagsKind: sb.Append("flags ").Append(def.Name); break;
                case WitResourceKind: sb.Append("resource ").Append(def.Name); break;
                case WitAliasKind alias: sb.Append("type ").Append(def.Name).Append(" = "); Append(resolve, alias.Target, sb, depth + 1); break;
                case WitListKind list: Generic(resolve, sb, "list", depth, list.Element); break;
                case WitMapKind map: Generic(resolve, sb, "map", depth, map.Key, map.Value); break;
                case WitFixedSizeListKind fixedList:
                    Generic(resolve, sb, "list", depth, fixedList.Element);
                    sb.Insert(sb.Length - 1, ", " + fixedList.Size);
                    break;
                case WitOptionKind option: Generic(resolve, sb, "option", depth, option.Type); break;
                case WitResultKind result:
                    sb.Append("result<");
                    if (result.Ok is { } ok) Append(resolve, ok, sb, depth + 1); else sb.Append('_');
                    sb.Append(", ");
                    if (result.Err is { } err) Append(resolve, err, sb, depth + 1); else sb.Append('_');
                    sb.Append('>');
                    break;
                case WitTupleKind tuple: Generic(resolve, sb, "tuple", depth, new System.Collections.Generic.List<WitType>(tuple.Types).ToArray()); break;
                case WitHandleKind handle:
                    sb.Append(handle.IsBorrow ? "borrow<" : "own<");
                    Append(resolve, WitType.FromId(handle.Resource), sb, depth + 1);
                    sb.Append('>');
                    break;
                default: sb.Append(def.Kind.GetType().Name); break;
            }
        }

        private static void Generic(WitResolve resolve, StringBuilder sb, string name, int depth, params WitType[] arguments)
        {
            sb.Append(name).Append('<');
            for (int i = 0; i < arguments.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                Append(resolve, arguments[i], sb, depth + 1);
            }
            sb.Append('>');
        }
    }
}
