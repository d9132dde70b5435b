using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Roslyn
{
    /// <summary>Turns front-end and emitter diagnostics into <see cref="WitDiagnosticInfo"/> values.</summary>
    public static class WitDiagnosticConversion
    {
        /// <summary>
        /// The plain-value form of <paramref name="diagnostic"/>. Errors stay errors; warnings and notes become
        /// warnings. Line and column are 0-based UTF-16 positions, as Roslyn counts them.
        /// </summary>
        public static WitDiagnosticInfo From(Diagnostic diagnostic)
        {
            bool isError = diagnostic.Severity == DiagnosticSeverity.Error;
            if (diagnostic.Location is not { } location) return WithoutLocation(diagnostic.Code, isError, diagnostic.Message);
            var source = location.Source;
            int start = Clamp(location.Span.Start, source.Length);
            int end = Clamp(location.Span.End, source.Length);
            var (startLine, startColumn) = Position(source, start);
            var (endLine, endColumn) = Position(source, end);
            return new WitDiagnosticInfo(diagnostic.Code, isError, diagnostic.Message, source.Path, start, end - start,
                startLine, startColumn, endLine, endColumn);
        }

        /// <summary>A diagnostic that has no place in a source.</summary>
        public static WitDiagnosticInfo WithoutLocation(string id, bool isError, string message) =>
            new WitDiagnosticInfo(id, isError, message, null, 0, 0, 0, 0, 0, 0);

        /// <summary>A diagnostic that points at the start of the file <paramref name="path"/>.</summary>
        public static WitDiagnosticInfo AtFileStart(string id, bool isError, string message, string path) =>
            new WitDiagnosticInfo(id, isError, message, path, 0, 0, 0, 0, 0, 0);

        private static (int Line, int Column) Position(SourceText source, int offset)
        {
            int line = source.GetLineIndex(offset);
            return (line, offset - source.GetLineStart(line));
        }

        private static int Clamp(int offset, int length) => offset < 0 ? 0 : offset > length ? length : offset;
    }
}
