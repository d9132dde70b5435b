using System;
using System.Collections.Generic;
using System.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Turns the comments before an item into its documentation string the way the reference wit-parser does:
    /// every comment counts (plain or doc), delimiters are removed, the common leading indentation is removed,
    /// and the lines are joined with <c>\n</c>.
    /// </summary>
    public static class DocumentationText
    {
        /// <summary>The documentation carried by a token's leading trivia, or null when it holds no comment.</summary>
        public static string? FromTrivia(SyntaxTriviaList trivia)
        {
            int comments = 0;
            SyntaxTrivia only = default;
            foreach (var t in trivia)
            {
                if (!t.IsComment) continue;
                comments++;
                only = t;
            }
            if (comments == 0) return null;
            if (comments == 1 && (only.Kind == SyntaxTriviaKind.LineComment || only.Kind == SyntaxTriviaKind.DocLineComment))
            {
                return SingleLine(only);
            }

            List<string>? docs = null;
            foreach (var t in trivia)
            {
                if (!t.IsComment) continue;
                (docs ??= new List<string>()).Add(StripDelimiters(t.Text).TrimEnd());
            }
            if (docs == null) return null;

            int minIndent = int.MaxValue;
            foreach (var d in docs)
            {
                if (d.Length == 0) continue;
                int n = 0;
                while (n < d.Length && IsAsciiWhitespace(d[n])) n++;
                minIndent = Math.Min(minIndent, n);
            }
            string indent = minIndent is > 0 and < int.MaxValue ? new string(' ', minIndent) : string.Empty;

            var sb = new StringBuilder();
            foreach (var raw in docs)
            {
                string d = indent.Length > 0 && raw.StartsWith(indent, StringComparison.Ordinal) ? raw.Substring(indent.Length) : raw;
                if (d.Length == 0)
                {
                    sb.Append('\n');
                    continue;
                }
                AppendLines(sb, d);
            }
            int end = sb.Length;
            while (end > 0 && sb[end - 1] == '\n') end--;
            return sb.ToString(0, end);
        }

        // The common case, one line comment, without the list and builder: the general path's result for one
        // line holding no line break is the line without delimiters, trailing space and leading indentation.
        // Works on the source text, so the only string made is the result.
        private static string SingleLine(SyntaxTrivia comment)
        {
            var (text, start) = comment.RawText;
            int end = start + comment.Span.Length;
            while (start < end && text[start] == '/') start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            int n = 0;
            while (start + n < end && IsAsciiWhitespace(text[start + n])) n++;
            int spaces = 0;
            while (spaces < n && text[start + spaces] == ' ') spaces++;
            // Only an all-space indentation is removed (the general path strips a run of spaces as long as it).
            if (n > 0 && spaces == n) start += n;
            return text.Substring(start, end - start);
        }

        private static string StripDelimiters(string comment)
        {
            if (comment.Length >= 5 && comment.StartsWith("/**", StringComparison.Ordinal) && comment.EndsWith("*/", StringComparison.Ordinal))
                return comment.Substring(3, comment.Length - 5);
            return comment.TrimStart('/');
        }

        // Splits like Rust's str::lines: on \n, dropping one \r before it, with no empty piece after a final \n.
        private static void AppendLines(StringBuilder sb, string text)
        {
            int start = 0;
            while (start < text.Length)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl;
                int lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
                sb.Append(text, start, lineEnd - start).Append('\n');
                if (nl < 0) break;
                start = nl + 1;
            }
        }

        private static bool IsAsciiWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
