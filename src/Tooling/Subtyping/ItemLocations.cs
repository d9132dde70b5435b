using System.Collections.Generic;
using System.IO;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// Declaration sites of named WIT items, keyed by a path of names (package, interface or world, item,
    /// member). Read from the syntax trees because the resolved model keeps no spans.
    /// </summary>
    public sealed class ItemLocations
    {
        private readonly Dictionary<string, SourceLocation> _locations = new Dictionary<string, SourceLocation>();
        private readonly Dictionary<string, SourceLocation> _declarations = new Dictionary<string, SourceLocation>();

        private ItemLocations() { }

        /// <summary>The key of an interface.</summary>
        public static string InterfaceKey(string package, string name) => package + "/" + name;

        /// <summary>The key of a package declaration.</summary>
        public static string PackageKey(string package) => "package " + package;

        /// <summary>The key of a world.</summary>
        public static string WorldKey(string package, string name) => package + "/world " + name;

        /// <summary>The key of a member (type, function, field, case) inside the item with key <paramref name="container"/>.</summary>
        public static string MemberKey(string container, string name) => container + "#" + name;

        /// <summary>The key of a world import or export.</summary>
        public static string WorldItemKey(string world, bool import, string name) => world + (import ? "#import " : "#export ") + name;

        /// <summary>The location stored under <paramref name="key"/>, if any.</summary>
        public SourceLocation? Find(string key) => _locations.TryGetValue(key, out var l) ? l : (SourceLocation?)null;

        /// <summary>The whole declaration (attributes to closing brace) of the world with key <paramref name="key"/>, if any.</summary>
        public SourceLocation? FindDeclaration(string key) => _declarations.TryGetValue(key, out var l) ? l : (SourceLocation?)null;

        /// <summary>Parses every source and records where its named items are declared.</summary>
        public static ItemLocations Build(IReadOnlyList<SourceText> sources)
        {
            var result = new ItemLocations();
            var trees = new List<WitSyntaxTree>();
            // Files of one directory share the package declared by any of them.
            var packageByDirectory = new Dictionary<string, string>();
            foreach (var source in sources)
            {
                var tree = WitSyntaxTree.Parse(source);
                trees.Add(tree);
                if (tree.Root.PackageDeclaration is { } decl)
                {
                    packageByDirectory[DirectoryOf(source)] = WithoutVersion(decl.Name);
                    result.Add(PackageKey(WithoutVersion(decl.Name)), source, decl.Name.Name);
                }
            }
            foreach (var tree in trees)
            {
                string package = tree.Root.PackageDeclaration is { } decl ? WithoutVersion(decl.Name)
                    : packageByDirectory.TryGetValue(DirectoryOf(tree.Source), out var p) ? p : "";
                result.AddItems(tree.Source, package, tree.Root.Items);
            }
            return result;
        }

        private static string DirectoryOf(SourceText source) => Path.GetDirectoryName(source.Path) ?? "";

        private static string WithoutVersion(PackageNameSyntax name) => name.Namespace.ValueText + ":" + name.Name.ValueText;

        private void AddItems(SourceText source, string package, IReadOnlyList<ItemSyntax> items)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case InterfaceSyntax iface:
                        string ikey = InterfaceKey(package, iface.Name.ValueText);
                        Add(ikey, source, iface.Name);
                        AddMembers(source, ikey, iface.Items);
                        break;
                    case WorldSyntax world:
                        string wkey = WorldKey(package, world.Name.ValueText);
                        Add(wkey, source, world.Name);
                        if (!_declarations.ContainsKey(wkey)) _declarations[wkey] = new SourceLocation(source, world.Span);
                        AddWorldItems(source, wkey, world.Items);
                        break;
                    case NestedPackageSyntax nested:
                        Add(PackageKey(WithoutVersion(nested.Name)), source, nested.Name.Name);
                        AddItems(source, WithoutVersion(nested.Name), nested.Items);
                        break;
                }
            }
        }

        private void AddWorldItems(SourceText source, string world, IReadOnlyList<ItemSyntax> items)
        {
            AddMembers(source, world, items);
            foreach (var item in items)
            {
                if (item is not ImportExportSyntax io) continue;
                var nameToken = io.Name ?? io.Path?.Name;
                if (nameToken is not { } name) continue;
                Add(WorldItemKey(world, io.IsImport, name.ValueText), source, name);
                if (io.Interface is { } inline && io.Name is { } n) AddMembers(source, InterfaceKey("", n.ValueText), inline.Items);
            }
        }

        private void AddMembers(SourceText source, string container, IReadOnlyList<ItemSyntax> items)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case FunctionSyntax f:
                        Add(MemberKey(container, f.Name.ValueText), source, f.Name);
                        break;
                    case ResourceSyntax r:
                        AddResource(source, container, r);
                        break;
                    case UseSyntax use:
                        // A used name is a type of this container too (an alias of the other interface's type).
                        foreach (var n in use.Names)
                        {
                            var local = n.Alias ?? n.Name;
                            Add(MemberKey(container, local.ValueText), source, local);
                        }
                        break;
                    case TypeDefinitionSyntax t:
                        string tkey = MemberKey(container, t.Name.ValueText);
                        Add(tkey, source, t.Name);
                        AddTypeMembers(source, tkey, t);
                        break;
                }
            }
        }

        private void AddResource(SourceText source, string container, ResourceSyntax r)
        {
            string name = r.Name.ValueText;
            Add(MemberKey(container, name), source, r.Name);
            foreach (var member in r.Members)
            {
                switch (member)
                {
                    case ConstructorSyntax c:
                        Add(MemberKey(container, "[constructor]" + name), source, c.ConstructorKeyword);
                        break;
                    case FunctionSyntax f:
                        string prefix = f.StaticKeyword is null ? "[method]" : "[static]";
                        Add(MemberKey(container, prefix + name + "." + f.Name.ValueText), source, f.Name);
                        break;
                }
            }
        }

        private void AddTypeMembers(SourceText source, string type, TypeDefinitionSyntax t)
        {
            switch (t)
            {
                case RecordSyntax rec:
                    foreach (var field in rec.Fields) Add(MemberKey(type, field.Name.ValueText), source, field.Name);
                    break;
                case VariantSyntax v:
                    foreach (var c in v.Cases) Add(MemberKey(type, c.Name.ValueText), source, c.Name);
                    break;
                case EnumSyntax e:
                    foreach (var c in e.Cases) Add(MemberKey(type, c.Name.ValueText), source, c.Name);
                    break;
                case FlagsSyntax fl:
                    foreach (var c in fl.Flags) Add(MemberKey(type, c.Name.ValueText), source, c.Name);
                    break;
            }
        }

        private void Add(string key, SourceText source, SyntaxToken token)
        {
            if (token.IsMissing) return;
            // First declaration wins: later duplicates are resolution errors anyway.
            if (!_locations.ContainsKey(key)) _locations[key] = new SourceLocation(source, token.Span);
        }
    }
}
