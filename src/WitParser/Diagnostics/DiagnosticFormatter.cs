using System;
using System.Text;

namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>
    /// Renders diagnostics as text. <see cref="FormatSnippet"/> matches the reference wit-parser's layout
    /// (message, <c>--&gt; path:line:col</c>, the source line, a caret underline); <see cref="FormatMsBuild"/>
    /// is the one-line form that MSBuild, IDEs and CI log parsers recognise.
    /// </summary>
    public static class DiagnosticFormatter
    {
        // Past this column the reference prints a one-line "path:line:col: message" instead of a snippet.
        private const int MaxSnippetColumn = 1024;

        /// <summary>
        /// The reference layout. With <paramref name="includeCode"/> the message is prefixed by
        /// <c>error[WIT0101]: </c>; without it the text is exactly what the reference prints.
        /// </summary>
        public static string FormatSnippet(Diagnostic diagnostic, bool includeCode = false)
        {
            string message = includeCode
                ? $"{diagnostic.Severity.ToString().ToLowerInvariant()}[{diagnostic.Code}]: {diagnostic.Message}"
                : diagnostic.Message;
            if (diagnostic.Location is not { } location) return message;

            var source = location.Source;
            var start = source.GetLinePosition(location.Span.Start);
            if (start.Column > MaxSnippetColumn) return $"{source.Path}:{start.Line}:{start.Column}: {message}";

            string lineText = source.GetLineText(start.Line - 1);
            int caretLength = CaretLength(source.Text, location.Span.Start, location.Span.Length, lineText, start.Column);
            var sb = new StringBuilder();
            sb.Append(message).Append('\n');
            sb.Append("     --> ").Append(source.Path).Append(':').Append(start.Line).Append(':').Append(start.Column).Append('\n');
            sb.Append("      |\n");
            sb.Append(start.Line.ToString().PadLeft(5)).Append(" | ").Append(lineText).Append('\n');
            sb.Append("      | ").Append(' ', start.Column - 1).Append('^').Append('-', Math.Max(0, caretLength - 1));
            return sb.ToString();
        }

        /// <summary><c>path(line,col): error WIT0101: message</c>, the MSBuild canonical error format.</summary>
        public static string FormatMsBuild(Diagnostic diagnostic)
        {
            string severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            string message = diagnostic.Message.Replace("\r", "").Replace('\n', ' ');
            if (diagnostic.Location is not { } location) return $"witsharp : {severity} {diagnostic.Code}: {message}";
            var p = location.Start;
            return $"{location.Source.Path}({p.Line},{p.Column}): {severity} {diagnostic.Code}: {message}";
        }

        private static int CaretLength(string text, int start, int length, string lineText, int column)
        {
            // Underline at least one character and never past the end of the line the span starts on.
            int count = 0;
            for (int i = start; i < start + length && i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r') break;
                if (!char.IsLowSurrogate(c)) count++;
            }
            return Math.Max(1, count);
        }
    }
}
