using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>Whether a path must name an interface, a world, or is not yet known (top-level <c>use</c>).</summary>
    internal enum PathTarget
    {
        Interface,
        World,
        Unknown,
    }

    /// <summary>One path reference found in a declaration list, with its context.</summary>
    internal readonly struct PathReference
    {
        public PathReference(SyntaxToken? owner, IReadOnlyList<AttributeSyntax> attributes, UsePathSyntax path, SeparatedSyntaxList<AliasedNameSyntax>? names, PathTarget target)
        {
            Owner = owner;
            Attributes = attributes;
            Path = path;
            Names = names;
            Target = target;
        }

        /// <summary>The interface (or including world) the reference is in, when it orders items.</summary>
        public SyntaxToken? Owner { get; }

        public IReadOnlyList<AttributeSyntax> Attributes { get; }

        public UsePathSyntax Path { get; }

        /// <summary>The imported names of a <c>use</c>; null for other references.</summary>
        public SeparatedSyntaxList<AliasedNameSyntax>? Names { get; }

        public PathTarget Target { get; }
    }

    /// <summary>The top-level items of one file (or one nested package block) together with their source.</summary>
    internal sealed class DeclarationList
    {
        public DeclarationList(SourceText source, IReadOnlyList<ItemSyntax> items)
        {
            Source = source;
            Items = items;
        }

        public SourceText Source { get; }

        public IReadOnlyList<ItemSyntax> Items { get; private set; }

        /// <summary>
        /// Forgets the items (their path references stay): a resolver that holds the items it still needs lets
        /// the syntax of resolved ones be collected, so a collection during resolution copies less of the tree.
        /// </summary>
        public void ReleaseItems()
        {
            PathReferences();
            Items = System.Array.Empty<ItemSyntax>();
        }

        private ChunkedList<PathReference>? _pathReferences;

        /// <summary>
        /// Every path reference, in the order the reference visits them: per item; in worlds, uses and includes
        /// first, then imports, then exports. Collected once: resolution walks them three times.
        /// </summary>
        public ChunkedList<PathReference> PathReferences()
        {
            if (_pathReferences == null)
            {
                // Chunked: a world importing thousands of interfaces would otherwise need a large-object array.
                var references = new ChunkedList<PathReference>(chunkBits: 10);
                foreach (var reference in EnumeratePathReferences()) references.Add(reference);
                _pathReferences = references;
            }
            return _pathReferences;
        }

        private IEnumerable<PathReference> EnumeratePathReferences()
        {
            foreach (var item in Items)
            {
                switch (item)
                {
                    case InterfaceSyntax iface:
                        foreach (var inner in iface.Items)
                        {
                            if (inner is UseSyntax u) yield return new PathReference(iface.Name, u.Attributes, u.Path, u.Names, PathTarget.Interface);
                        }
                        break;
                    case WorldSyntax world:
                        var imports = new List<ImportExportSyntax>();
                        var exports = new List<ImportExportSyntax>();
                        foreach (var inner in world.Items)
                        {
                            switch (inner)
                            {
                                case UseSyntax u:
                                    yield return new PathReference(null, u.Attributes, u.Path, u.Names, PathTarget.Interface);
                                    break;
                                case IncludeSyntax inc:
                                    yield return new PathReference(world.Name, inc.Attributes, inc.Path, null, PathTarget.World);
                                    break;
                                case ImportExportSyntax ie:
                                    (ie.IsImport ? imports : exports).Add(ie);
                                    break;
                            }
                        }
                        foreach (var ie in imports) foreach (var r in ExternReferences(ie)) yield return r;
                        foreach (var ie in exports) foreach (var r in ExternReferences(ie)) yield return r;
                        break;
                    case TopLevelUseSyntax top:
                        yield return new PathReference(null, top.Attributes, top.Path, null, PathTarget.Unknown);
                        break;
                }
            }
        }

        private static IEnumerable<PathReference> ExternReferences(ImportExportSyntax ie)
        {
            if (ie.Interface is { } inline)
            {
                foreach (var inner in inline.Items)
                {
                    if (inner is UseSyntax u) yield return new PathReference(null, u.Attributes, u.Path, u.Names, PathTarget.Interface);
                }
            }
            else if (ie.Path is { } path)
            {
                yield return new PathReference(null, ie.Attributes, path, null, PathTarget.Interface);
            }
        }
    }
}
