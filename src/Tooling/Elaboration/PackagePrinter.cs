using System.Collections.Generic;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>
    /// Prints whole packages of the resolved model as one WIT document, the way <c>wasm-tools component wit</c> does:
    /// the main package as <c>package ns:pkg;</c> with its interfaces and worlds, then every other package as a nested
    /// <c>package ns:other { … }</c> block, so the document resolves on its own. The text is put through the formatter,
    /// so it is what <c>witsharp fmt</c> would write.
    /// </summary>
    public static class PackagePrinter
    {
        /// <summary>Prints <paramref name="main"/> followed by <paramref name="nested"/> (package indices of <paramref name="resolve"/>).</summary>
        public static string Print(WitResolve resolve, int main, IEnumerable<int> nested)
        {
            var text = new IndentedText();
            text.Line($"package {resolve.Packages[main].Name};");
            text.LocalPackage = main;
            PrintContents(text, resolve, resolve.Packages[main]);
            foreach (int p in nested)
            {
                if (p == main) continue;
                text.Blank();
                text.Open($"package {resolve.Packages[p].Name}");
                text.LocalPackage = p;
                PrintContents(text, resolve, resolve.Packages[p]);
                text.Close();
            }
            string raw = text.ToString();
            var formatted = WitFormatter.Format(raw, "component.wit");
            return formatted.Succeeded ? formatted.Text : raw;
        }

        private static void PrintContents(IndentedText text, WitResolve resolve, WitPackage package)
        {
            foreach (var entry in package.Interfaces)
            {
                var iface = resolve.Interfaces[entry.Value];
                text.Blank();
                GateText.Append(text, iface.Stability);
                text.Open("interface " + TypeText.Identifier(entry.Key));
                InterfaceBodyPrinter.Print(text, resolve, iface);
                text.Close();
            }
            foreach (var entry in package.Worlds)
            {
                var world = resolve.Worlds[entry.Value];
                text.Blank();
                GateText.Append(text, world.Stability);
                text.Open("world " + TypeText.Identifier(entry.Key));
                foreach (var item in world.Imports) WorldPrinter.PrintItem(text, resolve, item.Key, item.Value, import: true, world);
                foreach (var item in world.Exports) WorldPrinter.PrintItem(text, resolve, item.Key, item.Value, import: false, world);
                text.Close();
            }
        }
    }
}
