using System;
using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Formatting
{
    /// <summary>
    /// Walks a valid syntax tree in source order and decides the canonical layout of every token: 2-space
    /// indentation, one item per line, blank lines between items (but not between consecutive <c>use</c>s, imports,
    /// exports or includes, nor between resource members), one field or case per line with a trailing comma, and
    /// single-line signatures and type expressions. Tokens are never reordered.
    /// </summary>
    internal sealed partial class LayoutBuilder
    {
        private static readonly SyntaxTriviaList NoTrivia = SyntaxTriviaList.Empty;
        private readonly List<LaidToken> _tokens = new List<LaidToken>();
        private int _indent;

        public static List<LaidToken> Build(WitFileSyntax file)
        {
            var builder = new LayoutBuilder();
            builder.File(file);
            return builder._tokens;
        }

        private void Tok(SyntaxToken? token, Separator separator)
        {
            bool lineStart = separator == Separator.Line || separator == Separator.BlankLine;
            Tok(token, separator, lineStart ? _indent : _indent + 1);
        }

        private void Tok(SyntaxToken? token, Separator separator, int commentIndent)
        {
            if (token is not { } t || t.IsMissing) return;
            _tokens.Add(new LaidToken(t.Text, separator, _indent, commentIndent, t.LeadingTrivia));
        }

        /// <summary>A closing brace on its own line; comments before it belong to the body and are indented with it.</summary>
        private void Close(SyntaxToken? token) => Tok(token, Separator.Line, _indent + 1);

        /// <summary>A trailing comma: kept, or added when the source had none.</summary>
        private void TrailingComma(SyntaxToken? comma)
        {
            if (comma != null) Tok(comma, Separator.None);
            else _tokens.Add(new LaidToken(",", Separator.None, _indent, _indent + 1, NoTrivia));
        }

        /// <summary>A token the canonical form leaves out (a trailing comma in a one-line list); its comments stay.</summary>
        private void Drop(SyntaxToken token) => _tokens.Add(new LaidToken(string.Empty, Separator.None, _indent, _indent + 1, token.LeadingTrivia));

        private void File(WitFileSyntax file)
        {
            bool any = false;
            if (file.PackageDeclaration is { } header)
            {
                Tok(header.PackageKeyword, Separator.Line);
                PackageName(header.Name, Separator.Space);
                Tok(header.Semicolon, Separator.None);
                any = true;
            }
            ItemSyntax? previous = null;
            foreach (var item in file.Items)
            {
                TopLevelItem(item, !any ? Separator.Line : TopLevelSeparator(previous, item));
                any = true;
                previous = item;
            }
            Tok(file.EndOfFile, Separator.Line, 0);
        }

        private void TopLevelItem(ItemSyntax item, Separator separator)
        {
            separator = Attributes(item.Attributes, separator);
            switch (item)
            {
                case NamedBlockSyntax block:
                    Tok(block.Keyword, separator);
                    Tok(block.Name, Separator.Space);
                    Members(block.OpenBrace, block.Items, block.CloseBrace, block is WorldSyntax ? MemberStyle.World : MemberStyle.Interface);
                    break;
                case TopLevelUseSyntax use:
                    Tok(use.UseKeyword, separator);
                    UsePath(use.Path, Separator.Space);
                    Tok(use.AsKeyword, Separator.Space);
                    Tok(use.Alias, Separator.Space);
                    Tok(use.Semicolon, Separator.None);
                    break;
                case NestedPackageSyntax nested:
                    Tok(nested.PackageKeyword, separator);
                    PackageName(nested.Name, Separator.Space);
                    Tok(nested.OpenBrace, Separator.Space);
                    _indent++;
                    for (int i = 0; i < nested.Items.Count; i++)
                        TopLevelItem(nested.Items[i], i == 0 ? Separator.Line : TopLevelSeparator(nested.Items[i - 1], nested.Items[i]));
                    _indent--;
                    Close(nested.CloseBrace);
                    break;
                default:
                    Generic(item, separator);
                    break;
            }
        }

        // Consecutive top-level `use`s sit on consecutive lines; everything else is separated by an empty line.
        private static Separator TopLevelSeparator(ItemSyntax? previous, ItemSyntax next) =>
            previous is TopLevelUseSyntax && next is TopLevelUseSyntax ? Separator.Line : Separator.BlankLine;

        /// <summary>Each attribute on its own line; returns the separator for the token after them.</summary>
        private Separator Attributes(IReadOnlyList<AttributeSyntax> attributes, Separator separator)
        {
            foreach (var a in attributes)
            {
                Tok(a.At, separator);
                Tok(a.Name, Separator.None);
                Tok(a.OpenParen, Separator.None);
                Tok(a.Key, Separator.None);
                Tok(a.EqualsToken, Separator.Space);
                if (a.Version != null) Version(a.Version, Separator.Space);
                Tok(a.Feature, Separator.Space);
                Tok(a.StringLiteral, Separator.None);
                Tok(a.CloseParen, Separator.None);
                separator = Separator.Line;
            }
            return separator;
        }

        private void PackageName(PackageNameSyntax name, Separator separator)
        {
            Tok(name.Namespace, separator);
            Tok(name.Colon, Separator.None);
            Tok(name.Name, Separator.None);
            Tok(name.At, Separator.None);
            if (name.Version != null) Version(name.Version, Separator.None);
        }

        private void UsePath(UsePathSyntax path, Separator separator)
        {
            if (path.Namespace != null)
            {
                Tok(path.Namespace, separator);
                separator = Separator.None;
            }
            Tok(path.Colon, Separator.None);
            Tok(path.PackageName, Separator.None);
            Tok(path.Slash, Separator.None);
            Tok(path.Name, separator);
            Tok(path.At, Separator.None);
            if (path.Version != null) Version(path.Version, Separator.None);
        }

        private void Version(VersionSyntax version, Separator separator)
        {
            foreach (var t in version.Tokens)
            {
                Tok(t, separator);
                separator = Separator.None;
            }
        }

        /// <summary>Any node without a dedicated rule: its tokens separated by single spaces.</summary>
        private void Generic(SyntaxNode node, Separator separator)
        {
            foreach (var token in node.DescendantTokens())
            {
                Tok(token, separator);
                separator = Separator.Space;
            }
        }
    }
}
