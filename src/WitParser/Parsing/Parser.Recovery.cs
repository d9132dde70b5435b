using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Parsing
{
    internal sealed partial class Parser
    {
        /// <summary>
        /// After an error in a top-level item that began at <paramref name="start"/>: skips from there to the next
        /// <c>interface</c>, <c>world</c>, <c>package</c>, <c>use</c> or attribute outside braces, to the <c>}</c>
        /// closing the enclosing nested package, or to a top-level keyword at the start of a line (a guard against
        /// unbalanced braces). Always skips at least one token.
        /// </summary>
        private void SkipTopLevel(int start, bool nested)
        {
            _pos = start;
            int depth = 0;
            bool first = true;
            while (!AtEnd)
            {
                var token = Current;
                if (!first)
                {
                    bool boundary = token.Kind == SyntaxKind.InterfaceKeyword || token.Kind == SyntaxKind.WorldKeyword
                        || token.Kind == SyntaxKind.PackageKeyword;
                    if (depth == 0 && (boundary || token.Kind == SyntaxKind.UseKeyword || token.Kind == SyntaxKind.AtToken)) return;
                    if (boundary && StartsLineAtColumnOne(token)) return;
                    if (depth == 0 && token.Kind == SyntaxKind.CloseBraceToken && nested) return;
                }
                first = false;
                Advance();
                if (token.Kind == SyntaxKind.OpenBraceToken) depth++;
                else if (token.Kind == SyntaxKind.CloseBraceToken && depth > 0) depth--;
                else if (token.Kind == SyntaxKind.SemicolonToken && depth == 0) return;
            }
        }

        /// <summary>
        /// After an error in an interface or world item that began at <paramref name="start"/>: skips the item —
        /// to just after its <c>;</c> or its balanced <c>{ }</c> body — or up to the next item keyword at the start
        /// of a line, or up to the <c>}</c> closing the container. Skips nothing when the item's first token already
        /// ends the container (a top-level keyword), so the caller can close it.
        /// </summary>
        private void SkipMember(int start)
        {
            _pos = start;
            int depth = 0;
            bool first = true;
            while (!AtEnd)
            {
                var token = Current;
                if (token.Kind == SyntaxKind.CloseBraceToken && depth == 0) return;
                bool topLevel = token.Kind == SyntaxKind.InterfaceKeyword || token.Kind == SyntaxKind.WorldKeyword
                    || token.Kind == SyntaxKind.PackageKeyword;
                if (first && topLevel && StartsLine(token)) return;
                if (!first)
                {
                    if (depth == 0 && (IsMemberStart(token.Kind) || token.Kind == SyntaxKind.AtToken)) return;
                    if ((IsMemberStart(token.Kind) || topLevel) && StartsLine(token)) return;
                }
                first = false;
                Advance();
                if (token.Kind == SyntaxKind.OpenBraceToken)
                {
                    depth++;
                }
                else if (token.Kind == SyntaxKind.CloseBraceToken)
                {
                    depth--;
                    if (depth == 0) return;
                }
                else if (token.Kind == SyntaxKind.SemicolonToken && depth == 0)
                {
                    return;
                }
            }
        }

        private static bool IsMemberStart(SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.TypeKeyword:
                case SyntaxKind.RecordKeyword:
                case SyntaxKind.VariantKeyword:
                case SyntaxKind.EnumKeyword:
                case SyntaxKind.FlagsKeyword:
                case SyntaxKind.ResourceKeyword:
                case SyntaxKind.UseKeyword:
                case SyntaxKind.ImportKeyword:
                case SyntaxKind.ExportKeyword:
                case SyntaxKind.IncludeKeyword:
                    return true;
                default:
                    return false;
            }
        }

        private bool StartsLine(SyntaxToken token)
        {
            if (token.Span.Start == 0) return true;
            foreach (var t in token.LeadingTrivia) if (t.Kind == SyntaxTriviaKind.EndOfLine) return true;
            return false;
        }

        private bool StartsLineAtColumnOne(SyntaxToken token)
        {
            var trivia = token.LeadingTrivia;
            if (token.Span.Start == 0) return true;
            return trivia.Count > 0 && trivia[trivia.Count - 1].Kind == SyntaxTriviaKind.EndOfLine;
        }
    }
}
