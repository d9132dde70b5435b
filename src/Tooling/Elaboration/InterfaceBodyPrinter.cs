using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>Prints the items of an interface: its types (resources with their functions) and then its freestanding functions.</summary>
    internal static class InterfaceBodyPrinter
    {
        public static void Print(IndentedText text, WitResolve resolve, WitInterface iface)
        {
            foreach (var type in iface.Types)
            {
                var functions = iface.Functions.Values.Where(f => f.Resource == type.Value && IsResourceFunction(f)).ToList();
                TypeDefinitionPrinter.Print(text, resolve, type.Value, functions);
            }
            foreach (var f in iface.Functions.Values)
            {
                if (IsResourceFunction(f)) continue;
                GateText.Append(text, f.Stability, f.ExternalId);
                text.Line($"{TypeText.Identifier(f.Name)}: {TypeText.Signature(resolve, f)};");
            }
        }

        public static bool IsResourceFunction(WitFunction f) =>
            f.Kind is not (WitFunctionKindTag.Freestanding or WitFunctionKindTag.AsyncFreestanding);

        /// <summary>The functions of <paramref name="all"/> that belong to resource <paramref name="resource"/>.</summary>
        public static List<WitFunction> ResourceFunctions(IEnumerable<WitFunction> all, int resource) =>
            all.Where(f => IsResourceFunction(f) && f.Resource == resource).ToList();
    }
}
