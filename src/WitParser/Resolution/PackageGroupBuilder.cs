using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Turns the parsed files of one group (a root directory, one dependency, or one file) into packages: the
    /// files' top-level items form the main package, each <c>package x:y { … }</c> block its own package.
    /// </summary>
    internal static class PackageGroupBuilder
    {
        /// <summary>
        /// The group's packages, prepared for resolution, nested ones first and the main package last. Empties
        /// <paramref name="files"/>: the resolvers then hold the only references to the trees and can let each
        /// item go once it is resolved. With <paramref name="resolveEach"/>, each package is also resolved on its own
        /// (nothing merged) as soon as it is prepared: the order in which the reference meets errors.
        /// </summary>
        public static List<PackageResolver> Build(List<WitFileSyntax> files, IReadOnlyList<SourceText> sources, bool resolveEach = false)
        {
            var order = new List<int>();
            for (int i = 0; i < files.Count; i++) order.Add(i);
            order.Sort((a, b) => string.CompareOrdinal(sources[a].Path, sources[b].Path));

            var packages = new List<PackageResolver>();
            PackageNameSyntax? mainName = null;
            SourceText? mainSource = null;
            WitDocs mainDocs = WitDocs.None;
            var lists = new List<DeclarationList>();
            foreach (int i in order)
            {
                var file = files[i];
                var source = sources[i];
                var items = new List<ItemSyntax>();
                foreach (var item in file.Items)
                {
                    if (item is NestedPackageSyntax nested) packages.Add(Resolved(BuildNested(nested, source), resolveEach));
                    else items.Add(item);
                }
                if (file.PackageDeclaration is { } decl)
                {
                    var name = ToPackageName(decl.Name);
                    if (mainName is not null && ToPackageName(mainName).ToString() != name.ToString())
                    {
                        throw ResolutionException.At(DiagnosticCodes.PackageNameMismatch,
                            $"package identifier `{name}` does not match previous package name of `{ToPackageName(mainName)}`", new SourceLocation(source, decl.Name.Span));
                    }
                    if (mainName is null || mainSource is null)
                    {
                        mainName = decl.Name;
                        mainSource = source;
                    }
                    var docs = GateReader.Docs(decl);
                    if (docs.Contents is not null)
                    {
                        if (mainDocs.Contents is not null)
                        {
                            throw ResolutionException.At(DiagnosticCodes.MultiplePackageDocs, "found doc comments on multiple 'package' items", new SourceLocation(source, DocsSpan(decl)));
                        }
                        mainDocs = docs;
                    }
                }
                lists.Add(new DeclarationList(source, items));
            }
            files.Clear();
            if (mainName is null || mainSource is null)
            {
                throw ResolutionException.At(DiagnosticCodes.MissingPackageHeader, "no `package` header was found in any WIT file for this package", null);
            }
            var main = new UnresolvedPackage(ToPackageName(mainName), new SourceLocation(mainSource, mainName.Span), mainDocs);
            packages.Add(Resolved(PackageResolver.Prepare(main, lists), resolveEach));
            return packages;
        }

        private static PackageResolver Resolved(PackageResolver resolver, bool resolve)
        {
            if (resolve) resolver.Resolve(PackageMerger.Skipping(resolver.Package));
            return resolver;
        }

        private static PackageResolver BuildNested(NestedPackageSyntax nested, SourceText source)
        {
            var items = new List<ItemSyntax>();
            foreach (var item in nested.Items)
            {
                if (item is NestedPackageSyntax inner)
                {
                    throw ResolutionException.At(DiagnosticCodes.PackageNameMismatch, "nested packages must be placed at the top-level", new SourceLocation(source, inner.Name.Span));
                }
                items.Add(item);
            }
            var package = new UnresolvedPackage(ToPackageName(nested.Name), new SourceLocation(source, nested.Name.Span), GateReader.Docs(nested));
            return PackageResolver.Prepare(package, new[] { new DeclarationList(source, items) });
        }

        private static TextSpan DocsSpan(SyntaxNode node)
        {
            if (node.FirstToken is { } first)
            {
                foreach (var t in first.LeadingTrivia)
                {
                    if (t.IsComment) return t.Span;
                }
            }
            return node.Span;
        }

        public static PackageName ToPackageName(PackageNameSyntax syntax)
        {
            SemanticVersion? version = null;
            if (syntax.Version is { } v) SemanticVersion.TryParse(v.Text, out version);
            return new PackageName(syntax.Namespace.ValueText, syntax.Name.ValueText, version);
        }
    }
}
