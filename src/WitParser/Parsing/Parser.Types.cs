using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Parsing
{
    internal sealed partial class Parser
    {
        private TypeDefinitionSyntax ParseTypeDefinition(IReadOnlyList<AttributeSyntax> attributes)
        {
            var keyword = Advance();
            var name = ParseId();
            switch (keyword.Kind)
            {
                case SyntaxKind.TypeKeyword:
                {
                    var equals = Expect(SyntaxKind.EqualsToken);
                    var type = ParseType();
                    return new TypeAliasSyntax(attributes, keyword, name, equals, type, Expect(SyntaxKind.SemicolonToken));
                }
                case SyntaxKind.RecordKeyword:
                {
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var fields = ParseListTrailer(SyntaxKind.CloseBraceToken, _parseNamedType ??= ParseNamedType, out var close);
                    return new RecordSyntax(attributes, keyword, name, open, fields, close);
                }
                case SyntaxKind.VariantKeyword:
                {
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var cases = ParseListTrailer(SyntaxKind.CloseBraceToken, _parseVariantCase ??= ParseVariantCase, out var close);
                    return new VariantSyntax(attributes, keyword, name, open, cases, close);
                }
                case SyntaxKind.EnumKeyword:
                {
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var cases = ParseListTrailer(SyntaxKind.CloseBraceToken, _parseCaseName ??= ParseCaseName, out var close);
                    return new EnumSyntax(attributes, keyword, name, open, cases, close);
                }
                case SyntaxKind.FlagsKeyword:
                {
                    var open = Expect(SyntaxKind.OpenBraceToken);
                    var flags = ParseListTrailer(SyntaxKind.CloseBraceToken, _parseCaseName ??= ParseCaseName, out var close);
                    return new FlagsSyntax(attributes, keyword, name, open, flags, close);
                }
                default:
                    return ParseResourceBody(attributes, keyword, name);
            }
        }

        private ResourceSyntax ParseResourceBody(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name)
        {
            var open = TryEat(SyntaxKind.OpenBraceToken);
            if (open == null)
            {
                var semicolon = Expect(SyntaxKind.SemicolonToken);
                return new ResourceSyntax(attributes, keyword, name, null, Array.Empty<ItemSyntax>(), null, semicolon);
            }
            var members = _scratch.RentNodes();
            SyntaxToken? close;
            while ((close = TryEat(SyntaxKind.CloseBraceToken)) == null)
            {
                members.Add(ParseResourceMember(ParseAttributes()));
            }
            return new ResourceSyntax(attributes, keyword, name, open, _scratch.Finish<ItemSyntax>(members), close, null);
        }

        private ItemSyntax ParseResourceMember(IReadOnlyList<AttributeSyntax> attributes)
        {
            if (CurrentKind == SyntaxKind.ConstructorKeyword)
            {
                var keyword = Advance();
                var parameters = ParseParameterList();
                var arrow = TryEat(SyntaxKind.ArrowToken);
                var result = arrow != null ? ParseType() : null;
                return new ConstructorSyntax(attributes, keyword, parameters, arrow, result, Expect(SyntaxKind.SemicolonToken));
            }
            if (IsIdentifier(CurrentKind))
            {
                var name = ParseId();
                var colon = Expect(SyntaxKind.ColonToken);
                var staticKeyword = TryEat(SyntaxKind.StaticKeyword);
                var func = ParseFuncType();
                return new FunctionSyntax(attributes, name, colon, staticKeyword, func, Expect(SyntaxKind.SemicolonToken));
            }
            throw Expected("`constructor` or identifier");
        }

        private FunctionSyntax ParseNamedFunction(IReadOnlyList<AttributeSyntax> attributes)
        {
            var name = ParseId();
            var colon = Expect(SyntaxKind.ColonToken);
            var func = ParseFuncType();
            return new FunctionSyntax(attributes, name, colon, null, func, Expect(SyntaxKind.SemicolonToken));
        }

        private FuncTypeSyntax ParseFuncType()
        {
            var asyncKeyword = TryEat(SyntaxKind.AsyncKeyword);
            var func = Expect(SyntaxKind.FuncKeyword);
            var parameters = ParseParameterList();
            var arrow = TryEat(SyntaxKind.ArrowToken);
            var result = arrow != null ? ParseType() : null;
            return new FuncTypeSyntax(asyncKeyword, func, parameters, arrow, result);
        }

        // List item parsers as delegates made once per parser, not once per list.
        private Func<NamedTypeSyntax>? _parseNamedType;
        private Func<VariantCaseSyntax>? _parseVariantCase;
        private Func<CaseNameSyntax>? _parseCaseName;
        private Func<TypeSyntax>? _parseType;

        private CaseNameSyntax ParseCaseName() => new CaseNameSyntax(ParseId());

        private ParameterListSyntax ParseParameterList()
        {
            var open = Expect(SyntaxKind.OpenParenToken);
            var parameters = ParseListTrailer(SyntaxKind.CloseParenToken, _parseNamedType ??= ParseNamedType, out var close);
            return new ParameterListSyntax(open, parameters, close);
        }

        private NamedTypeSyntax ParseNamedType()
        {
            var name = ParseId();
            var colon = Expect(SyntaxKind.ColonToken);
            return new NamedTypeSyntax(name, colon, ParseType());
        }

        private VariantCaseSyntax ParseVariantCase()
        {
            var name = ParseId();
            var open = TryEat(SyntaxKind.OpenParenToken);
            if (open == null) return new VariantCaseSyntax(name, null, null, null);
            var type = ParseType();
            return new VariantCaseSyntax(name, open, type, Expect(SyntaxKind.CloseParenToken));
        }

        /// <summary>
        /// The reference's <c>parse_list_trailer</c>: items separated by commas, an optional trailing comma, then
        /// <paramref name="end"/> (which is consumed).
        /// </summary>
        private SeparatedSyntaxList<T> ParseListTrailer<T>(SyntaxKind end, Func<T> parseItem, out SyntaxToken close) where T : SyntaxNode
        {
            var items = _scratch.RentNodes();
            var commas = _scratch.RentTokens();
            while (true)
            {
                if (CurrentKind == end)
                {
                    close = Advance();
                    break;
                }
                items.Add(parseItem());
                var comma = TryEat(SyntaxKind.CommaToken);
                if (comma is not { } separator)
                {
                    close = Expect(end);
                    break;
                }
                commas.Add(separator);
            }
            return new SeparatedSyntaxList<T>(_scratch.Finish<T>(items), _scratch.Finish(commas));
        }

        private TypeSyntax ParseType()
        {
            if (_typeDepth >= MaxTypeDepth)
                throw Error(DiagnosticCodes.TypeNestingTooDeep, "type nesting too deep", Current.Span);
            _typeDepth++;
            try
            {
                return ParseTypeCore();
            }
            finally
            {
                _typeDepth--;
            }
        }

        private TypeSyntax ParseTypeCore()
        {
            var kind = CurrentKind;
            if (SyntaxFacts.IsPrimitiveType(kind)) return new PrimitiveTypeSyntax(Advance());
            switch (kind)
            {
                case SyntaxKind.TupleKeyword:
                {
                    var keyword = Advance();
                    var open = Expect(SyntaxKind.LessThanToken);
                    var types = ParseListTrailer(SyntaxKind.GreaterThanToken, _parseType ??= ParseType, out var close);
                    return new TupleTypeSyntax(keyword, open, types, close);
                }
                case SyntaxKind.ListKeyword:
                    return ParseListType();
                case SyntaxKind.MapKeyword:
                {
                    var keyword = Advance();
                    var open = Expect(SyntaxKind.LessThanToken);
                    var key = ParseType();
                    var comma = Expect(SyntaxKind.CommaToken);
                    var value = ParseType();
                    return new MapTypeSyntax(keyword, open, key, comma, value, Expect(SyntaxKind.GreaterThanToken));
                }
                case SyntaxKind.OptionKeyword:
                {
                    var keyword = Advance();
                    var open = Expect(SyntaxKind.LessThanToken);
                    var type = ParseType();
                    return new OptionTypeSyntax(keyword, open, type, Expect(SyntaxKind.GreaterThanToken));
                }
                case SyntaxKind.ResultKeyword:
                    return ParseResultType();
                case SyntaxKind.FutureKeyword:
                case SyntaxKind.StreamKeyword:
                {
                    var keyword = Advance();
                    var open = TryEat(SyntaxKind.LessThanToken);
                    if (open == null) return new AsyncValueTypeSyntax(keyword, null, null, null);
                    var payload = ParseType();
                    return new AsyncValueTypeSyntax(keyword, open, payload, Expect(SyntaxKind.GreaterThanToken));
                }
                case SyntaxKind.OwnKeyword:
                case SyntaxKind.BorrowKeyword:
                {
                    var keyword = Advance();
                    var open = Expect(SyntaxKind.LessThanToken);
                    var name = ParseId();
                    return new HandleTypeSyntax(keyword, open, name, Expect(SyntaxKind.GreaterThanToken));
                }
                case SyntaxKind.IdentifierToken:
                case SyntaxKind.ExplicitIdentifierToken:
                    return new TypeReferenceSyntax(ParseId());
                default:
                    throw Expected("a type");
            }
        }

        private ListTypeSyntax ParseListType()
        {
            var keyword = Advance();
            var open = Expect(SyntaxKind.LessThanToken);
            var element = ParseType();
            var comma = TryEat(SyntaxKind.CommaToken);
            SyntaxToken? size = null;
            if (comma != null)
            {
                if (CurrentKind != SyntaxKind.IntegerToken) throw Expected("fixed-length");
                var digits = Advance();
                size = digits;
                if (!uint.TryParse(digits.Text, out _))
                    throw Error(DiagnosticCodes.InvalidListLength, "invalid list size: number too large to fit in target type", digits.Span);
            }
            return new ListTypeSyntax(keyword, open, element, comma, size, Expect(SyntaxKind.GreaterThanToken));
        }

        private ResultTypeSyntax ParseResultType()
        {
            var keyword = Advance();
            var open = TryEat(SyntaxKind.LessThanToken);
            if (open == null) return new ResultTypeSyntax(keyword, null, null, null, null, null, null);
            var underscore = TryEat(SyntaxKind.UnderscoreToken);
            TypeSyntax? ok = null;
            SyntaxToken? comma;
            TypeSyntax? error = null;
            if (underscore != null)
            {
                comma = Expect(SyntaxKind.CommaToken);
                error = ParseType();
            }
            else
            {
                ok = ParseType();
                comma = TryEat(SyntaxKind.CommaToken);
                if (comma != null) error = ParseType();
            }
            return new ResultTypeSyntax(keyword, open, underscore, ok, comma, error, Expect(SyntaxKind.GreaterThanToken));
        }
    }
}
