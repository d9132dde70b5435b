using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Parsing
{
    internal sealed partial class Parser
    {
        private WitFileSyntax ParseWitFile()
        {
            PackageDeclarationSyntax? header = null;
            SkippedTokensSyntax? badHeader = null;
            int start = _pos;
            // `package a:b;` is the header; `package a:b { ... }` is an item, parsed below.
            if (CurrentKind == SyntaxKind.PackageKeyword)
            {
                try
                {
                    var keyword = Advance();
                    var name = ParsePackageName();
                    if (CurrentKind == SyntaxKind.SemicolonToken) header = new PackageDeclarationSyntax(keyword, name, Advance());
                    else _pos = start;
                }
                catch (ParseException e)
                {
                    Report(e.Diagnostic);
                    SkipTopLevel(start, nested: false);
                    badHeader = Skipped(start);
                }
            }
            var items = ParseDeclarations(nested: false);
            if (badHeader != null)
            {
                var withHeader = new ItemSyntax[items.Length + 1];
                withHeader[0] = badHeader;
                items.CopyTo(withHeader, 1);
                items = withHeader;
            }
            return new WitFileSyntax(header, items, Current);
        }

        /// <summary>Top-level items until the end of file, or until <c>}</c> inside a nested package.</summary>
        private ItemSyntax[] ParseDeclarations(bool nested)
        {
            var items = _scratch.RentNodes();
            // Like the reference, a nested package missing its `}` fails on the item expected at the end of file.
            while (nested ? CurrentKind != SyntaxKind.CloseBraceToken : !AtEnd)
            {
                int start = _pos;
                try
                {
                    items.Add(ParseTopLevelItem());
                }
                catch (ParseException e)
                {
                    Report(e.Diagnostic);
                    SkipTopLevel(start, nested);
                    if (_pos == start) break;
                    items.Add(Skipped(start));
                }
            }
            return _scratch.Finish<ItemSyntax>(items);
        }

        private ItemSyntax ParseTopLevelItem()
        {
            var attributes = ParseAttributes();
            switch (CurrentKind)
            {
                case SyntaxKind.InterfaceKeyword:
                {
                    WarnIgnoredExternalIds(attributes, "an interface");
                    var keyword = Advance();
                    var name = ParseId();
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var items = ParseMembers(MemberContext.Interface);
                    return new InterfaceSyntax(attributes, keyword, name, open, items, ExpectClosing(SyntaxKind.CloseBraceToken));
                }
                case SyntaxKind.WorldKeyword:
                {
                    WarnIgnoredExternalIds(attributes, "a world");
                    var keyword = Advance();
                    var name = ParseId();
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var items = ParseMembers(MemberContext.World);
                    return new WorldSyntax(attributes, keyword, name, open, items, ExpectClosing(SyntaxKind.CloseBraceToken));
                }
                case SyntaxKind.UseKeyword:
                {
                    var keyword = Advance();
                    var path = ParseUsePath();
                    SyntaxToken? asKeyword = TryEat(SyntaxKind.AsKeyword);
                    SyntaxToken? alias = asKeyword != null ? ParseId() : null;
                    return new TopLevelUseSyntax(attributes, keyword, path, asKeyword, alias, Expect(SyntaxKind.SemicolonToken));
                }
                case SyntaxKind.PackageKeyword:
                    return ParseNestedPackage(attributes);
                default:
                    throw Expected("`world`, `interface` or `use`");
            }
        }

        private NestedPackageSyntax ParseNestedPackage(IReadOnlyList<AttributeSyntax> attributes)
        {
            var keyword = Advance();
            if (attributes.Count > 0) throw Error(DiagnosticCodes.UnexpectedToken, "cannot place attributes on nested packages", keyword.Span);
            if (_packageDepth >= MaxPackageDepth)
                throw Error(DiagnosticCodes.PackageNestingTooDeep, "package nesting too deep", keyword.Span);
            var name = ParsePackageName();
            var open = Expect(SyntaxKind.OpenBraceToken);
            _packageDepth++;
            try
            {
                var items = ParseDeclarations(nested: true);
                return new NestedPackageSyntax(attributes, keyword, name, open, items, ExpectClosing(SyntaxKind.CloseBraceToken));
            }
            finally
            {
                _packageDepth--;
            }
        }

        private PackageNameSyntax ParsePackageName()
        {
            var ns = ParseId();
            var colon = Expect(SyntaxKind.ColonToken);
            var name = ParseId();
            var at = TryEat(SyntaxKind.AtToken);
            var version = at != null ? ParseVersion() : null;
            return new PackageNameSyntax(ns, colon, name, at, version);
        }

        /// <summary><c>name</c> or <c>ns:pkg/name@version</c>.</summary>
        private UsePathSyntax ParseUsePath()
        {
            var first = ParseId();
            var colon = TryEat(SyntaxKind.ColonToken);
            if (colon == null) return new UsePathSyntax(null, null, null, null, first, null, null);
            var package = ParseId();
            var slash = Expect(SyntaxKind.SlashToken);
            var name = ParseId();
            var at = TryEat(SyntaxKind.AtToken);
            var version = at != null ? ParseVersion() : null;
            return new UsePathSyntax(first, colon, package, slash, name, at, version);
        }

        /// <summary>The items of an interface, world or inline interface, up to (not including) the closing brace.</summary>
        private ItemSyntax[] ParseMembers(MemberContext context)
        {
            var items = _scratch.RentNodes();
            while (CurrentKind != SyntaxKind.CloseBraceToken)
            {
                int start = _pos;
                try
                {
                    var attributes = ParseAttributes();
                    items.Add(context == MemberContext.World ? ParseWorldItem(attributes) : ParseInterfaceItem(attributes));
                }
                catch (ParseException e)
                {
                    Report(e.Diagnostic);
                    SkipMember(start);
                    if (_pos == start) break;
                    items.Add(Skipped(start));
                }
            }
            return _scratch.Finish<ItemSyntax>(items);
        }

        private ItemSyntax ParseInterfaceItem(IReadOnlyList<AttributeSyntax> attributes)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.TypeKeyword:
                case SyntaxKind.FlagsKeyword:
                case SyntaxKind.EnumKeyword:
                case SyntaxKind.VariantKeyword:
                case SyntaxKind.ResourceKeyword:
                case SyntaxKind.RecordKeyword:
                    return ParseTypeDefinition(attributes);
                case SyntaxKind.IdentifierToken:
                case SyntaxKind.ExplicitIdentifierToken:
                    return ParseNamedFunction(attributes);
                case SyntaxKind.UseKeyword:
                    return ParseUse(attributes);
                default:
                    throw Expected("`type`, `resource` or `func`");
            }
        }

        private ItemSyntax ParseWorldItem(IReadOnlyList<AttributeSyntax> attributes)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.ImportKeyword:
                case SyntaxKind.ExportKeyword:
                    return ParseImportExport(attributes);
                case SyntaxKind.UseKeyword:
                    return ParseUse(attributes);
                case SyntaxKind.TypeKeyword:
                case SyntaxKind.FlagsKeyword:
                case SyntaxKind.ResourceKeyword:
                case SyntaxKind.RecordKeyword:
                case SyntaxKind.VariantKeyword:
                case SyntaxKind.EnumKeyword:
                    return ParseTypeDefinition(attributes);
                case SyntaxKind.IncludeKeyword:
                    return ParseInclude(attributes);
                default:
                    throw Expected("`import`, `export`, `include`, `use`, or type definition");
            }
        }

        private UseSyntax ParseUse(IReadOnlyList<AttributeSyntax> attributes)
        {
            var keyword = Advance();
            var path = ParseUsePath();
            var dot = Expect(SyntaxKind.DotToken);
            var open = Expect(SyntaxKind.OpenBraceToken);
            var names = ParseListTrailer(SyntaxKind.CloseBraceToken, () =>
            {
                var name = ParseId();
                var asKeyword = TryEat(SyntaxKind.AsKeyword);
                return new AliasedNameSyntax(name, asKeyword, asKeyword != null ? ParseId() : null);
            }, out var close);
            var semicolon = Expect(SyntaxKind.SemicolonToken);
            return new UseSyntax(attributes, keyword, path, dot, open, names, close, semicolon);
        }

        private IncludeSyntax ParseInclude(IReadOnlyList<AttributeSyntax> attributes)
        {
            WarnIgnoredExternalIds(attributes, "an `include`");
            var keyword = Advance();
            var path = ParseUsePath();
            var with = TryEat(SyntaxKind.WithKeyword);
            if (with == null)
            {
                var semicolon = Expect(SyntaxKind.SemicolonToken);
                return new IncludeSyntax(attributes, keyword, path, null, null, SeparatedSyntaxList<AliasedNameSyntax>.Empty, null, semicolon);
            }
            var open = Expect(SyntaxKind.OpenBraceToken);
            var names = ParseListTrailer(SyntaxKind.CloseBraceToken, () =>
            {
                var name = ParseId();
                var asKeyword = Expect(SyntaxKind.AsKeyword);
                return new AliasedNameSyntax(name, asKeyword, ParseId());
            }, out var close);
            return new IncludeSyntax(attributes, keyword, path, with, open, names, close, null);
        }

        private ImportExportSyntax ParseImportExport(IReadOnlyList<AttributeSyntax> attributes)
        {
            var keyword = Advance();
            // `name: func`, `name: interface` and `name: path` start with an identifier and a colon;
            // `ns:pkg/iface` does too, but its second identifier is followed by `/`.
            if (IsIdentifier(CurrentKind) && PeekKind(1) == SyntaxKind.ColonToken)
            {
                var after = PeekKind(2);
                bool namedPath = IsIdentifier(after) && PeekKind(3) != SyntaxKind.SlashToken;
                if (after == SyntaxKind.FuncKeyword || after == SyntaxKind.AsyncKeyword)
                {
                    var name = ParseId();
                    var colon = Advance();
                    var func = ParseFuncType();
                    return new ImportExportSyntax(attributes, keyword, name, colon, null, func, null, Expect(SyntaxKind.SemicolonToken));
                }
                if (after == SyntaxKind.InterfaceKeyword)
                {
                    var name = ParseId();
                    var colon = Advance();
                    var interfaceKeyword = Advance();
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var items = ParseMembers(MemberContext.Interface);
                    var inline = new InlineInterfaceSyntax(interfaceKeyword, open, items, ExpectClosing(SyntaxKind.CloseBraceToken));
                    return new ImportExportSyntax(attributes, keyword, name, colon, null, null, inline, null);
                }
                if (namedPath)
                {
                    var name = ParseId();
                    var colon = Advance();
                    var target = ParseUsePath();
                    return new ImportExportSyntax(attributes, keyword, name, colon, target, null, null, Expect(SyntaxKind.SemicolonToken));
                }
            }
            var path = ParseUsePath();
            return new ImportExportSyntax(attributes, keyword, null, null, path, null, null, Expect(SyntaxKind.SemicolonToken));
        }

        private enum MemberContext
        {
            Interface,
            World,
        }
    }
}
