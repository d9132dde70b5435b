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
            // Text from a file is printed to terminals: its control characters are escaped (see ControlCharacters).
            string message = ControlCharacters.Escape(includeCode
                ? $"{diagnostic.Severity.ToString().ToLowerInvariant()}[{diagnostic.Code}]: {diagnostic.Message}"
                : diagnostic.Message, keepLineFeeds: true);
            if (diagnostic.Location is not { } location) return message;

            var source = location.Source;
            var start = source.GetLinePosition(location.Span.Start);
            string path = ControlCharacters.Escape(source.Path);
            if (start.Column > MaxSnippetColumn) return $"{path}:{start.Line}:{start.Column}: {message}";

            string lineText = source.GetLineText(start.Line - 1);
            int column = Math.Min(location.Span.Start - source.GetLineStart(start.Line - 1), lineText.Length);
            var sb = new StringBuilder();
            sb.Append(message).Append('\n');
            sb.Append("     --> ").Append(path).Append(':').Append(start.Line).Append(':').Append(start.Column).Append('\n');
            sb.Append("      |\n");
            sb.Append(start.Line.ToString().PadLeft(5)).Append(" | ").Append(ControlCharacters.Escape(lineText)).Append('\n');
            sb.Append("      | ");
            // The caret goes under the escaped line: each character is as wide as it is shown, and a tab stays a tab.
            for (int i = 0; i < column; i++)
            {
                if (lineText[i] == '\t') sb.Append('\t');
                else sb.Append(' ', ControlCharacters.Width(lineText[i]));
            }
            int caretLength = CaretLength(lineText, column, location.Span.Length);
            sb.Append('^').Append('-', Math.Max(0, caretLength - 1));
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
            string message = ControlCharacters.Escape(diagnostic.Message.Replace("\r", "").Replace('\n', ' '));
            if (diagnostic.Location is not { } location) return $"witsharp : {severity} {diagnostic.Code}: {message}";
            var p = location.Start;
            return $"{ControlCharacters.Escape(location.Source.Path)}({p.Line},{p.Column}): {severity} {diagnostic.Code}: {message}";
        }

        private static int CaretLength(string lineText, int column, int length)
        {
            // Underline at least one column and never past the end of the line the span starts on.
            int width = 0;
            for (int i = column; i < column + length && i < lineText.Length; i++) width += ControlCharacters.Width(lineText[i]);
            return Math.Max(1, width);
        }
    }
}
