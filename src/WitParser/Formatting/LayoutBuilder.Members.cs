using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Formatting
{
    internal sealed partial class LayoutBuilder
    {
        private enum MemberStyle
        {
            Interface,
            World,
            Resource,
        }

        /// <summary><c>{</c>, the items one per line one level deeper, <c>}</c> on its own line.</summary>
        private void Members(SyntaxToken open, IReadOnlyList<ItemSyntax> items, SyntaxToken? close, MemberStyle style)
        {
            Tok(open, Separator.Space);
            _indent++;
            ItemSyntax? previous = null;
            foreach (var item in items)
            {
                var separator = previous == null ? Separator.Line : Between(previous, item, style);
                Member(item, separator);
                previous = item;
            }
            _indent--;
            Close(close);
        }

        private static Separator Between(ItemSyntax previous, ItemSyntax next, MemberStyle style)
        {
            if (style == MemberStyle.Resource) return Separator.Line;
            string? group = Group(previous);
            return group != null && group == Group(next) ? Separator.Line : Separator.BlankLine;
        }

        // Items of one group sit on consecutive lines, as the reference printer prints them.
        private static string? Group(ItemSyntax item) => item switch
        {
            UseSyntax => "use",
            IncludeSyntax => "include",
            ImportExportSyntax { IsImport: true } => "import",
            ImportExportSyntax => "export",
            _ => null,
        };

        private void Member(ItemSyntax item, Separator separator)
        {
            separator = Attributes(item.Attributes, separator);
            switch (item)
            {
                case UseSyntax use:
                    Use(use, separator);
                    break;
                case IncludeSyntax include:
                    Include(include, separator);
                    break;
                case ImportExportSyntax ie:
                    ImportExport(ie, separator);
                    break;
                case FunctionSyntax function:
                    Tok(function.Name, separator);
                    Tok(function.Colon, Separator.None);
                    Tok(function.StaticKeyword, Separator.Space);
                    FuncType(function.Type, Separator.Space);
                    Tok(function.Semicolon, Separator.None);
                    break;
                case ConstructorSyntax constructor:
                    Tok(constructor.ConstructorKeyword, separator);
                    Parameters(constructor.Parameters);
                    Tok(constructor.Arrow, Separator.Space);
                    if (constructor.Result != null) Type(constructor.Result, Separator.Space);
                    Tok(constructor.Semicolon, Separator.None);
                    break;
                case TypeDefinitionSyntax definition:
                    TypeDefinition(definition, separator);
                    break;
                default:
                    Generic(item, separator);
                    break;
            }
        }

        private void Use(UseSyntax use, Separator separator)
        {
            Tok(use.UseKeyword, separator);
            UsePath(use.Path, Separator.Space);
            Tok(use.Dot, Separator.None);
            Tok(use.OpenBrace, Separator.None);
            InlineList(use.Names, n => AliasedName(n, Separator.None), n => AliasedName(n, Separator.Space));
            Tok(use.CloseBrace, Separator.None);
            Tok(use.Semicolon, Separator.None);
        }

        private void Include(IncludeSyntax include, Separator separator)
        {
            Tok(include.IncludeKeyword, separator);
            UsePath(include.Path, Separator.Space);
            Tok(include.WithKeyword, Separator.Space);
            Tok(include.OpenBrace, Separator.Space);
            InlineList(include.Names, n => AliasedName(n, Separator.Space), n => AliasedName(n, Separator.Space));
            Tok(include.CloseBrace, Separator.Space);
            Tok(include.Semicolon, Separator.None);
        }

        private void AliasedName(AliasedNameSyntax name, Separator separator)
        {
            Tok(name.Name, separator);
            Tok(name.AsKeyword, Separator.Space);
            Tok(name.Alias, Separator.Space);
        }

        private void ImportExport(ImportExportSyntax ie, Separator separator)
        {
            Tok(ie.Keyword, separator);
            Tok(ie.Name, Separator.Space);
            Tok(ie.Colon, Separator.None);
            if (ie.Path != null) UsePath(ie.Path, Separator.Space);
            if (ie.Function != null) FuncType(ie.Function, Separator.Space);
            if (ie.Interface is { } inline)
            {
                Tok(inline.InterfaceKeyword, Separator.Space);
                Members(inline.OpenBrace, inline.Items, inline.CloseBrace, MemberStyle.Interface);
            }
            Tok(ie.Semicolon, Separator.None);
        }

        /// <summary>
        /// A one-line comma-separated list: items with their commas, except that a trailing comma is dropped.
        /// </summary>
        private void InlineList<T>(SeparatedSyntaxList<T> list, System.Action<T> first, System.Action<T> rest) where T : SyntaxNode
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (i == 0) first(list[i]);
                else rest(list[i]);
                if (i < list.Separators.Count)
                {
                    if (i == list.Count - 1) Drop(list.Separators[i]);
                    else Tok(list.Separators[i], Separator.None);
                }
            }
        }
    }
}
