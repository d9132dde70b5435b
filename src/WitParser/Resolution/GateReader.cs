using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>Reads <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c> attributes into a <see cref="WitStability"/>.</summary>
    internal static class GateReader
    {
        public static WitStability Read(IReadOnlyList<AttributeSyntax> attributes, SourceText source)
        {
            if (attributes.Count == 0) return WitStability.Unknown;
            var gates = new List<AttributeSyntax>(attributes.Count);
            foreach (var a in attributes)
            {
                // @external-id only names an item for tooling; it does not gate anything.
                if (a.Kind != AttributeKind.ExternalId) gates.Add(a);
            }
            if (gates.Count == 0) return WitStability.Unknown;
            if (gates.Count == 1)
            {
                var a = gates[0];
                switch (a.Kind)
                {
                    case AttributeKind.Since: return WitStability.Stable(Version(a, source), null);
                    case AttributeKind.Unstable: return WitStability.Unstable(a.Feature?.ValueText ?? "", null);
                    case AttributeKind.Deprecated:
                        throw ResolutionException.At(DiagnosticCodes.InvalidGateAttributes, "must pair @deprecated with either @since or @unstable", new SourceLocation(source, a.Span));
                }
            }
            if (gates.Count == 2)
            {
                AttributeSyntax? main = null, deprecated = null;
                foreach (var a in gates)
                {
                    if (a.Kind == AttributeKind.Deprecated && deprecated is null) deprecated = a;
                    else if ((a.Kind == AttributeKind.Since || a.Kind == AttributeKind.Unstable) && main is null) main = a;
                }
                if (main is not null && deprecated is not null)
                {
                    var dep = Version(deprecated, source);
                    return main.Kind == AttributeKind.Since
                        ? WitStability.Stable(Version(main, source), dep)
                        : WitStability.Unstable(main.Feature?.ValueText ?? "", dep);
                }
            }
            throw ResolutionException.At(DiagnosticCodes.InvalidGateAttributes, "unsupported combination of attributes", new SourceLocation(source, gates[1].Span));
        }

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
