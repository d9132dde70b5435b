using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>Prints one named type definition of the resolved model as WIT (a resource with its functions).</summary>
    internal static class TypeDefinitionPrinter
    {
        public static void Print(IndentedText text, WitResolve resolve, int typeId, IReadOnlyList<WitFunction> resourceFunctions)
        {
            var def = resolve.Types[typeId];
            string name = TypeText.Identifier(def.Name ?? "");
            GateText.Append(text, def.Stability, def.ExternalId);
            switch (def.Kind)
            {
                case WitRecordKind r:
                    Braced(text, "record " + name, r.Fields.Select(f => $"{TypeText.Identifier(f.Name)}: {TypeText.Of(resolve, f.Type)},"));
                    break;
                case WitVariantKind v:
                    Braced(text, "variant " + name, v.Cases.Select(c => TypeText.Identifier(c.Name) + (c.Type is { } t ? $"({TypeText.Of(resolve, t)})" : "") + ","));
                    break;
                case WitEnumKind e:
                    Braced(text, "enum " + name, e.Cases.Select(c => TypeText.Identifier(c.Name) + ","));
                    break;
                case WitFlagsKind f:
                    Braced(text, "flags " + name, f.Flags.Select(c => TypeText.Identifier(c.Name) + ","));
                    break;
                case WitResourceKind:
                    Resource(text, resolve, name, resourceFunctions);
                    break;
                case WitAliasKind a when Used(text, resolve, def, a) is { } used:
                    text.Line(used);
                    break;
                case WitAliasKind a:
                    text.Line($"type {name} = {TypeText.Of(resolve, a.Target)};");
                    break;
                default:
                    text.Line($"type {name} = {TypeText.Definition(resolve, typeId)};");
                    break;
            }
        }

        /// <summary><c>use ns:pkg/iface@v.{t}</c> when the alias names a type of another interface, else null.</summary>
        private static string? Used(IndentedText text, WitResolve resolve, WitTypeDef def, WitAliasKind alias)
        {
            if (!alias.Target.IsId) return null;
            var target = resolve.Types[alias.Target.TypeId];
            if (target.Name is null || target.Owner.Kind != WitTypeOwnerKind.Interface || target.Owner.Equals(def.Owner)) return null;
            string? iface = InterfaceReference.Of(text, resolve, target.Owner.Id);
            if (iface is null) return null;
            string names = target.Name == def.Name ? TypeText.Identifier(target.Name) : $"{TypeText.Identifier(target.Name)} as {TypeText.Identifier(def.Name!)}";
            return $"use {iface}.{{{names}}};";
        }

        private static void Braced(IndentedText text, string header, IEnumerable<string> members)
        {
            text.Open(header);
            foreach (var m in members) text.Line(m);
            text.Close();
        }

        private static void Resource(IndentedText text, WitResolve resolve, string name, IReadOnlyList<WitFunction> functions)
        {
            if (functions.Count == 0)
            {
                text.Line($"resource {name};");
                return;
            }
            text.Open("resource " + name);
            foreach (var f in functions)
            {
                GateText.Append(text, f.Stability, f.ExternalId);
                if (f.Kind == WitFunctionKindTag.Constructor)
                {
                    string signature = TypeText.Signature(resolve, f);
                    // Constructors are written without "func" and may declare a result only as result<_, E>.
                    string ctor = "constructor" + signature.Substring("func".Length);
                    if (f.Result is { } r && resolve.Types[r.TypeId].Kind is WitResultKind) ctor += " -> " + TypeText.Of(resolve, r);
                    text.Line(ctor + ";");
                    continue;
                }
                string member = f.Name.Substring(f.Name.IndexOf('.') + 1);
                string isStatic = f.Kind is WitFunctionKindTag.Static or WitFunctionKindTag.AsyncStatic ? "static " : "";
                text.Line($"{TypeText.Identifier(member)}: {isStatic}{TypeText.Signature(resolve, f)};");
            }
            text.Close();
        }
    }
}
