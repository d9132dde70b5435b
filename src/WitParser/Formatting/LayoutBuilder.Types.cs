using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Formatting
{
    internal sealed partial class LayoutBuilder
    {
        private void TypeDefinition(TypeDefinitionSyntax definition, Separator separator)
        {
            Tok(definition.Keyword, separator);
            Tok(definition.Name, Separator.Space);
            switch (definition)
            {
                case TypeAliasSyntax alias:
                    Tok(alias.EqualsToken, Separator.Space);
                    Type(alias.Type, Separator.Space);
                    Tok(alias.Semicolon, Separator.None);
                    break;
                case RecordSyntax record:
                    Block(record.OpenBrace, record.Fields, f => NamedType(f, Separator.Line), record.CloseBrace);
                    break;
                case VariantSyntax variant:
                    Block(variant.OpenBrace, variant.Cases, VariantCase, variant.CloseBrace);
                    break;
                case EnumSyntax e:
                    Block(e.OpenBrace, e.Cases, c => Tok(c.Name, Separator.Line), e.CloseBrace);
                    break;
                case FlagsSyntax flags:
                    Block(flags.OpenBrace, flags.Flags, c => Tok(c.Name, Separator.Line), flags.CloseBrace);
                    break;
                case ResourceSyntax resource:
                    if (resource.OpenBrace is { } open) Members(open, resource.Members, resource.CloseBrace, MemberStyle.Resource);
                    Tok(resource.Semicolon, Separator.None);
                    break;
            }
        }

        /// <summary>A braced body with one member per line, each followed by a comma.</summary>
        private void Block<T>(SyntaxToken open, SeparatedSyntaxList<T> members, System.Action<T> member, SyntaxToken close) where T : SyntaxNode
        {
            Tok(open, Separator.Space);
            _indent++;
            for (int i = 0; i < members.Count; i++)
            {
                member(members[i]);
                TrailingComma(i < members.Separators.Count ? members.Separators[i] : null);
            }
            _indent--;
            Close(close);
        }

        private void VariantCase(VariantCaseSyntax c)
        {
            Tok(c.Name, Separator.Line);
            Tok(c.OpenParen, Separator.None);
            if (c.Type != null) Type(c.Type, Separator.None);
            Tok(c.CloseParen, Separator.None);
        }

        private void NamedType(NamedTypeSyntax named, Separator separator)
        {
            Tok(named.Name, separator);
            Tok(named.Colon, Separator.None);
            Type(named.Type, Separator.Space);
        }

        private void FuncType(FuncTypeSyntax func, Separator separator)
        {
            if (func.AsyncKeyword != null)
            {
                Tok(func.AsyncKeyword, separator);
                separator = Separator.Space;
            }
            Tok(func.FuncKeyword, separator);
            Parameters(func.Parameters);
            Tok(func.Arrow, Separator.Space);
            if (func.Result != null) Type(func.Result, Separator.Space);
        }

        private void Parameters(ParameterListSyntax parameters)
        {
            Tok(parameters.OpenParen, Separator.None);
            InlineList(parameters.Parameters, p => NamedType(p, Separator.None), p => NamedType(p, Separator.Space));
            Tok(parameters.CloseParen, Separator.None);
        }

        private void Type(TypeSyntax type, Separator separator)
        {
            switch (type)
            {
                case PrimitiveTypeSyntax primitive:
                    Tok(primitive.Keyword, separator);
                    break;
                case TypeReferenceSyntax reference:
                    Tok(reference.Name, separator);
                    break;
                case ListTypeSyntax list:
                    Tok(list.ListKeyword, separator);
                    Tok(list.LessThan, Separator.None);
                    Type(list.ElementType, Separator.None);
                    Tok(list.Comma, Separator.None);
                    Tok(list.Size, Separator.Space);
                    Tok(list.GreaterThan, Separator.None);
                    break;
                case MapTypeSyntax map:
                    Tok(map.MapKeyword, separator);
                    Tok(map.LessThan, Separator.None);
                    Type(map.KeyType, Separator.None);
                    Tok(map.Comma, Separator.None);
                    Type(map.ValueType, Separator.Space);
                    Tok(map.GreaterThan, Separator.None);
                    break;
                case OptionTypeSyntax option:
                    Tok(option.OptionKeyword, separator);
                    Tok(option.LessThan, Separator.None);
                    Type(option.Type, Separator.None);
                    Tok(option.GreaterThan, Separator.None);
                    break;
                case ResultTypeSyntax result:
                    Tok(result.ResultKeyword, separator);
                    Tok(result.LessThan, Separator.None);
                    Tok(result.Underscore, Separator.None);
                    if (result.OkType != null) Type(result.OkType, Separator.None);
                    Tok(result.Comma, Separator.None);
                    if (result.ErrorType != null) Type(result.ErrorType, Separator.Space);
                    Tok(result.GreaterThan, Separator.None);
                    break;
                case TupleTypeSyntax tuple:
                    Tok(tuple.TupleKeyword, separator);
                    Tok(tuple.LessThan, Separator.None);
                    InlineList(tuple.Types, t => Type(t, Separator.None), t => Type(t, Separator.Space));
                    Tok(tuple.GreaterThan, Separator.None);
                    break;
                case HandleTypeSyntax handle:
                    Tok(handle.Keyword, separator);
                    Tok(handle.LessThan, Separator.None);
                    Tok(handle.Name, Separator.None);
                    Tok(handle.GreaterThan, Separator.None);
                    break;
                case AsyncValueTypeSyntax async:
                    Tok(async.Keyword, separator);
                    Tok(async.LessThan, Separator.None);
                    if (async.Payload != null) Type(async.Payload, Separator.None);
                    Tok(async.GreaterThan, Separator.None);
                    break;
                default:
                    Generic(type, separator);
                    break;
            }
        }
    }
}
