using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Parsing
{
    internal sealed partial class Parser
    {
        /// <summary>Zero or more of <c>@since(version = v)</c>, <c>@unstable(feature = f)</c>, <c>@deprecated(version = v)</c>, <c>@external-id("…")</c>.</summary>
        private IReadOnlyList<AttributeSyntax> ParseAttributes()
        {
            if (CurrentKind != SyntaxKind.AtToken) return Array.Empty<AttributeSyntax>();
            var attributes = _scratch.RentNodes();
            while (CurrentKind == SyntaxKind.AtToken)
            {
                var at = Advance();
                var name = ParseId();
                switch (name.ValueText)
                {
                    case "since":
                    case "deprecated":
                    {
                        var open = Expect(SyntaxKind.OpenParenToken);
                        var key = ExpectKeyName("version");
                        var equals = Expect(SyntaxKind.EqualsToken);
                        var version = ParseVersion();
                        var close = Expect(SyntaxKind.CloseParenToken);
                        attributes.Add(new AttributeSyntax(at, name, open, key, equals, version, null, null, close));
                        break;
                    }
                    case "unstable":
                    {
                        var open = Expect(SyntaxKind.OpenParenToken);
                        var key = ExpectKeyName("feature");
                        var equals = Expect(SyntaxKind.EqualsToken);
                        var feature = ParseId();
                        var close = Expect(SyntaxKind.CloseParenToken);
                        attributes.Add(new AttributeSyntax(at, name, open, key, equals, null, feature, null, close));
                        break;
                    }
                    case "external-id":
                    {
                        var open = Expect(SyntaxKind.OpenParenToken);
                        var literal = Expect(SyntaxKind.StringLiteralToken);
                        var close = Expect(SyntaxKind.CloseParenToken);
                        attributes.Add(new AttributeSyntax(at, name, open, null, null, null, null, literal, close));
                        break;
                    }
                    default:
                        throw Error(DiagnosticCodes.UnknownAttribute, $"unknown attribute `{name.ValueText}`", name.Span);
                }
            }
            return _scratch.Finish<AttributeSyntax>(attributes);
        }

        /// <summary>
        /// Warns about each <c>@external-id</c> in front of <paramref name="what"/>: WIT.md gives an external id to
        /// imports, exports, types and functions only. The reference accepts one here and drops it, so this is a
        /// warning (rejecting WIT the reference accepts is worse), but the author meant something that won't happen.
        /// </summary>
        private void WarnIgnoredExternalIds(IReadOnlyList<AttributeSyntax> attributes, string what)
        {
            foreach (var a in attributes)
            {
                if (a.Kind != AttributeKind.ExternalId) continue;
                Report(new Diagnostic(DiagnosticCodes.IgnoredExternalId, DiagnosticSeverity.Warning,
                    $"`@external-id` has no effect on {what}: only imports, exports, types and functions carry one",
                    new SourceLocation(_source, a.Span)));
            }
        }

        private SyntaxToken ExpectKeyName(string expected)
        {
            var id = ParseId();
            if (id.ValueText != expected)
                throw Error(DiagnosticCodes.UnexpectedToken, $"expected `{expected}`, found `{id.ValueText}`", id.Span);
            return id;
        }

        /// <summary>
        /// <c>major.minor.patch</c>, then optional <c>-pre.release</c> and <c>+build.meta</c> pieces, taken as the
        /// reference does: identifiers, integers and dashes joined by dots, stopping at a dot that is WIT syntax
        /// (as in <c>use a:b/c@1.0.0-rc.{x}</c>).
        /// </summary>
        private VersionSyntax ParseVersion()
        {
            var tokens = _scratch.RentTokens();
            tokens.Add(Expect(SyntaxKind.IntegerToken));
            tokens.Add(Expect(SyntaxKind.DotToken));
            tokens.Add(Expect(SyntaxKind.IntegerToken));
            tokens.Add(Expect(SyntaxKind.DotToken));
            tokens.Add(Expect(SyntaxKind.IntegerToken));
            EatVersionPieces(SyntaxKind.MinusToken, tokens);
            EatVersionPieces(SyntaxKind.PlusToken, tokens);
            var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[tokens.Count - 1].Span.End);
            var version = new VersionSyntax(_scratch.Finish(tokens));
            string? problem = SemverRules.Validate(_source.GetText(span));
            if (problem != null) Report(Diagnostic.Error(DiagnosticCodes.InvalidVersion, problem, _source, span));
            return version;
        }

        private void EatVersionPieces(SyntaxKind prefix, List<SyntaxToken> tokens)
        {
            if (TryEat(prefix) is not { } first) return;
            tokens.Add(first);
            while (true)
            {
                if (IsVersionPiece(CurrentKind))
                {
                    tokens.Add(Advance());
                }
                else if (CurrentKind == SyntaxKind.DotToken && IsVersionPiece(PeekKind(1)))
                {
                    tokens.Add(Advance());
                    tokens.Add(Advance());
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsVersionPiece(SyntaxKind kind) =>
            kind == SyntaxKind.IdentifierToken || kind == SyntaxKind.IntegerToken || kind == SyntaxKind.MinusToken;
    }
}
