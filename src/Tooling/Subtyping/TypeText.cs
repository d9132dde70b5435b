using System.Collections.Generic;
using System.Text;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>Spells a resolved type the way WIT source writes it (<c>list&lt;u8&gt;</c>, <c>own&lt;fields&gt;</c>, a type's name).</summary>
    public static class TypeText
    {
        /// <summary>The WIT spelling of <paramref name="type"/>.</summary>
        public static string Of(WitResolve resolve, WitType type)
        {
            var sb = new StringBuilder();
            Append(resolve, type, sb, 0);
            return sb.ToString();
        }

        /// <summary>The WIT spelling of an optional type (<c>_</c> when absent, as result and future write it).</summary>
        public static string Of(WitResolve resolve, WitType? type) => type is { } t ? Of(resolve, t) : "_";

        /// <summary>A name as WIT source must write it: keywords get the <c>%</c> escape (<c>%type</c>).</summary>
        public static string Identifier(string name) => SyntaxFacts.TryGetKeyword(name, out _) ? "%" + name : name;

        /// <summary>The function's signature: <c>func(a: u32) -&gt; string</c>.</summary>
        public static string Signature(WitResolve resolve, WitFunction function)
        {
            var sb = new StringBuilder();
            if (function.Kind is WitFunctionKindTag.AsyncFreestanding or WitFunctionKindTag.AsyncMethod or WitFunctionKindTag.AsyncStatic) sb.Append("async ");
            sb.Append("func(");
            int start = function.Kind is WitFunctionKindTag.Method or WitFunctionKindTag.AsyncMethod ? 1 : 0;
            for (int i = start; i < function.Params.Count; i++)
            {
                if (i > start) sb.Append(", ");
                sb.Append(Identifier(function.Params[i].Name)).Append(": ");
                Append(resolve, function.Params[i].Type, sb, 0);
            }
            sb.Append(')');
            if (function.Result is { } r && function.Kind != WitFunctionKindTag.Constructor)
            {
                sb.Append(" -> ");
                Append(resolve, r, sb, 0);
            }
            return sb.ToString();
        }

        private static void Append(WitResolve resolve, WitType type, StringBuilder sb, int depth)
        {
            if (!type.IsId)
            {
                sb.Append(type.PrimitiveName);
                return;
            }
            // Anonymous nesting is capped at 100 by the resolver; this guard only protects against a malformed model.
            if (depth > 256 || (uint)type.TypeId >= (uint)resolve.Types.Count)
            {
                sb.Append("...");
                return;
            }
            var def = resolve.Types[type.TypeId];
            if (def.Name is not null)
            {
                sb.Append(Identifier(def.Name));
                return;
            }
            AppendKind(resolve, def.Kind, sb, depth);
        }

        /// <summary>
        /// The right-hand side of a type definition that is not braced (<c>list&lt;u8&gt;</c> for <c>type x = list&lt;u8&gt;</c>),
        /// or the keyword of a braced one (<c>record</c>, <c>variant</c>, …).
        /// </summary>
        public static string Definition(WitResolve resolve, int typeId)
        {
            var kind = resolve.Types[typeId].Kind;
            string keyword = KindKeyword(kind);
            if (keyword != "type") return keyword;
            var sb = new StringBuilder();
            AppendKind(resolve, kind, sb, 0);
            return sb.ToString();
        }

        /// <summary>The WIT keyword declaring a type of this kind (<c>type</c> for aliases and anonymous constructors).</summary>
        public static string KindKeyword(WitTypeDefKind kind) => kind switch
        {
            WitRecordKind => "record",
            WitVariantKind => "variant",
            WitEnumKind => "enum",
            WitFlagsKind => "flags",
            WitResourceKind => "resource",
            _ => "type",
        };

        private static void AppendKind(WitResolve resolve, WitTypeDefKind kind, StringBuilder sb, int depth)
        {
            switch (kind)
            {
                case WitHandleKind h:
                    sb.Append(h.IsBorrow ? "borrow<" : "own<").Append(Identifier(resolve.Types[h.Resource].Name ?? "")).Append('>');
                    break;
                case WitListKind l:
                    Generic(resolve, sb, "list", depth, l.Element);
                    break;
                case WitFixedSizeListKind fl:
                    sb.Append("list<");
                    Append(resolve, fl.Element, sb, depth + 1);
                    sb.Append(", ").Append(fl.Size).Append('>');
                    break;
                case WitOptionKind o:
                    Generic(resolve, sb, "option", depth, o.Type);
                    break;
                case WitResultKind r:
                    if (r.Ok is null && r.Err is null) sb.Append("result");
                    else if (r.Err is null) Generic(resolve, sb, "result", depth, r.Ok!.Value);
                    else
                    {
                        sb.Append("result<").Append(r.Ok is { } ok ? Of(resolve, ok) : "_").Append(", ");
                        Append(resolve, r.Err.Value, sb, depth + 1);
                        sb.Append('>');
                    }
                    break;
                case WitTupleKind t:
                    Generic(resolve, sb, "tuple", depth, t.Types);
                    break;
                case WitMapKind m:
                    Generic(resolve, sb, "map", depth, m.Key, m.Value);
                    break;
                case WitFutureKind f:
                    if (f.Type is { } ft) Generic(resolve, sb, "future", depth, ft);
                    else sb.Append("future");
                    break;
                case WitStreamKind s:
                    if (s.Type is { } st) Generic(resolve, sb, "stream", depth, st);
                    else sb.Append("stream");
                    break;
                case WitAliasKind a:
                    Append(resolve, a.Target, sb, depth + 1);
                    break;
                default:
                    sb.Append(KindKeyword(kind));
                    break;
            }
        }

        private static void Generic(WitResolve resolve, StringBuilder sb, string name, int depth, params WitType[] args) =>
            Generic(resolve, sb, name, depth, (IReadOnlyList<WitType>)args);

        private static void Generic(WitResolve resolve, StringBuilder sb, string name, int depth, IReadOnlyList<WitType> args)
        {
            sb.Append(name).Append('<');
            for (int i = 0; i < args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Append(resolve, args[i], sb, depth + 1);
            }
            sb.Append('>');
        }
    }
}
