using System.Collections.Generic;
using WitSharp.Tooling.Elaboration;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Compose
{
    /// <summary>One import or export of a composed world, kept with the resolve it comes from.</summary>
    /// <param name="Side">The component's WIT.</param>
    /// <param name="World">The component's world the item is from.</param>
    /// <param name="Key">The item's key in that world.</param>
    /// <param name="Item">The item.</param>
    public sealed record ComposedItem(WitSide Side, WitWorld World, WitWorldKey Key, WitWorldItem Item)
    {
        /// <summary>The item's name: a plain name, or the interface name without version.</summary>
        public string Name => WorldItemNames.Of(Side.Resolve, Key);
    }

    /// <summary>The world left after plugging: the imports nobody satisfied, and the socket's exports.</summary>
    public sealed class ComposedWorld
    {
        /// <summary>Creates a composed world.</summary>
        public ComposedWorld(string package, string name, IReadOnlyList<ComposedItem> imports, IReadOnlyList<ComposedItem> exports)
        {
            Package = package;
            Name = name;
            Imports = imports;
            Exports = exports;
        }

        /// <summary>The package the printed world is declared in.</summary>
        public string Package { get; }

        /// <summary>The world's name.</summary>
        public string Name { get; }

        /// <summary>The remaining imports of every component.</summary>
        public IReadOnlyList<ComposedItem> Imports { get; }

        /// <summary>The socket's exports.</summary>
        public IReadOnlyList<ComposedItem> Exports { get; }

        /// <summary>
        /// The world as WIT, without gates. Interfaces are referred to by their qualified names, so resolving it needs
        /// the components' packages as dependencies.
        /// </summary>
        public string ToWit()
        {
            var text = new IndentedText { WriteGates = false };
            text.Line($"package {Package};");
            text.Blank();
            text.Open("world " + TypeText.Identifier(Name));
            foreach (var i in Imports) WorldPrinter.PrintItem(text, i.Side.Resolve, i.Key, i.Item, import: true, i.World);
            foreach (var e in Exports) WorldPrinter.PrintItem(text, e.Side.Resolve, e.Key, e.Item, import: false, e.World);
            text.Close();
            return text.ToString();
        }
    }
}
