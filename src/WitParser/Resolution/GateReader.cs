using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>Reads <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c> attributes into a <see cref="WitStability"/>.</summary>
    internal static class GateReader
    {
        /// <summary>
        /// The stability the gates give, with the reference's checks in its order: a gate given twice first, then
        /// <c>@since</c> with <c>@unstable</c>, then <c>@deprecated</c> alone. Errors point at the attribute's name.
        /// </summary>
        public static WitStability Read(IReadOnlyList<AttributeSyntax> attributes, SourceText source)
        {
            if (attributes.Count == 0) return WitStability.Unknown;
            AttributeSyntax? since = null, deprecated = null, unstable = null;
            foreach (var a in attributes)
            {
                switch (a.Kind)
                {
                    case AttributeKind.Since:
                        if (since is not null) throw Invalid("cannot specify @since twice", a, source);
                        since = a;
                        break;
                    case AttributeKind.Deprecated:
                        if (deprecated is not null) throw Invalid("cannot specify @deprecated twice", a, source);
                        deprecated = a;
                        break;
                    case AttributeKind.Unstable:
                        if (unstable is not null) throw Invalid("cannot specify @unstable twice", a, source);
                        unstable = a;
                        break;
                    // @external-id only names an item for tooling; it does not gate anything.
                }
            }
            if (since is not null && unstable is not null) throw Invalid("cannot specify both @since and @unstable", since, source);
            var deprecatedSince = deprecated is null ? null : Version(deprecated, source);
            if (since is not null) return WitStability.Stable(Version(since, source), deprecatedSince);
            if (unstable is not null) return WitStability.Unstable(unstable.Feature?.ValueText ?? "", deprecatedSince);
            // The reference's wording, odd as it reads, so that messages match.
            if (deprecated is not null) throw Invalid("cannot specify both @deprecated without @since or @unstable", deprecated, source);
            return WitStability.Unknown;
        }

        /// <summary>The id of an <c>@external-id("…")</c> among <paramref name="attributes"/>, or null; given twice is an error.</summary>
        public static string? ExternalId(IReadOnlyList<AttributeSyntax> attributes, SourceText source)
        {
            string? id = null;
            foreach (var a in attributes)
            {
                if (a.Kind != AttributeKind.ExternalId || a.StringLiteral is not { } literal) continue;
                if (id is not null) throw Invalid("cannot specify @external-id twice", a, source);
                id = StringLiteralValue.Decode(literal.Text);
            }
            return id;
        }

        private static ResolutionException Invalid(string message, AttributeSyntax at, SourceText source) =>
            ResolutionException.At(DiagnosticCodes.InvalidGateAttributes, message, new SourceLocation(source, at.Name.Span));

        public static WitDocs Docs(SyntaxNode node)
        {
            string? text = node.Documentation;
            return text is null ? WitDocs.None : new WitDocs(text);
        }

        /// <summary>The docs in front of a member that starts with <paramref name="first"/> (fields, cases, flags).</summary>
        public static WitDocs Docs(SyntaxToken first)
        {
            if (!first.MayHaveLeadingComment) return WitDocs.None;
            string? text = DocumentationText.FromTrivia(first.LeadingTrivia);
            return text is null ? WitDocs.None : new WitDocs(text);
        }

        private static SemanticVersion Version(AttributeSyntax a, SourceText source)
        {
            string text = a.Version?.Text ?? "";
            if (SemanticVersion.TryParse(text, out var v)) return v!;
            throw ResolutionException.At(DiagnosticCodes.InvalidGateAttributes, $"invalid version `{text}`", new SourceLocation(source, a.Span));
        }
    }
}
