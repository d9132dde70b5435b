using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>
    /// Prints worlds of the resolved model as WIT. Resolved worlds are already elaborated: includes are merged
    /// and the interfaces that imports and exports depend on are imported, so printing them writes all of that out.
    /// </summary>
    public static class WorldPrinter
    {
        /// <summary>The world <paramref name="worldId"/> as a WIT document: its package header and the world.</summary>
        public static string Print(WitResolve resolve, int worldId)
        {
            var world = resolve.Worlds[worldId];
            var text = new IndentedText();
            if (world.Package is int p) text.Line($"package {resolve.Packages[p].Name};");
            text.Blank();
            GateText.Append(text, world.Stability);
            text.Open("world " + TypeText.Identifier(world.Name));
            foreach (var entry in world.Imports) PrintItem(text, resolve, entry.Key, entry.Value, import: true, world);
            foreach (var entry in world.Exports) PrintItem(text, resolve, entry.Key, entry.Value, import: false, world);
            text.Close();
            return text.ToString();
        }

        /// <summary>
        /// Prints one import or export of a world of <paramref name="resolve"/>; compose uses it to assemble a
        /// world from several components' items.
        /// </summary>
        public static void PrintItem(IndentedText text, WitResolve resolve, WitWorldKey key, WitWorldItem item, bool import, WitWorld? owner)
        {
            string keyword = import ? "import" : "export";
            switch (item.Kind)
            {
                case WitWorldItemKind.Interface when !key.IsName:
                    GateText.Append(text, item.Stability, item.ExternalId);
                    text.Line($"{keyword} {InterfaceReference.Of(text, resolve, key.InterfaceId)};");
                    break;
                // 🏷️ A plain name for a named interface: `import primary: ns:pkg/store;` (the implements form).
                case WitWorldItemKind.Interface when resolve.Interfaces[item.Id].Name is not null:
                    GateText.Append(text, item.Stability, item.ExternalId);
                    text.Line($"{keyword} {TypeText.Identifier(key.Name!)}: {InterfaceReference.Of(text, resolve, item.Id)};");
                    break;
                case WitWorldItemKind.Interface:
                    GateText.Append(text, item.Stability, item.ExternalId);
                    text.Open($"{keyword} {TypeText.Identifier(key.Name!)}: interface");
                    InterfaceBodyPrinter.Print(text, resolve, resolve.Interfaces[item.Id]);
                    text.Close();
                    break;
                case WitWorldItemKind.Function when InterfaceBodyPrinter.IsResourceFunction(item.Function!):
                    break; // printed inside its resource
                case WitWorldItemKind.Function:
                    var f = item.Function!;
                    GateText.Append(text, f.Stability, f.ExternalId);
                    text.Line($"{keyword} {TypeText.Identifier(key.Name ?? f.Name)}: {TypeText.Signature(resolve, f)};");
                    break;
                case WitWorldItemKind.Type:
                    // A world's resources keep their functions among the world's function items.
                    var functions = InterfaceBodyPrinter.ResourceFunctions(
                        owner is null ? Enumerable.Empty<WitFunction>() : owner.Imports.Select(e => e.Value.Function).OfType<WitFunction>(), item.Id);
                    TypeDefinitionPrinter.Print(text, resolve, item.Id, functions);
                    break;
            }
        }
    }
}
