using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// A region of a file: 1-based lines and columns, the end exclusive (SARIF's convention). When the location came
    /// from a parsed source, <see cref="Source"/> and <see cref="Span"/> are kept so text output can show a snippet.
    /// </summary>
    public sealed record FindingLocation(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The source text the region is in, when known (enables snippets in text output).</summary>
        public SourceText? Source { get; init; }

        /// <summary>The character span in <see cref="Source"/>, when known.</summary>
        public TextSpan? Span { get; init; }

        /// <summary>The region of <paramref name="span"/> in <paramref name="source"/>.</summary>
        public static FindingLocation From(SourceText source, TextSpan span)
        {
            var start = source.GetLinePosition(span.Start);
            var end = source.GetLinePosition(span.End);
            return new FindingLocation(source.Path, start.Line, start.Column, end.Line, end.Column) { Source = source, Span = span };
        }

        /// <summary>The region of a front-end <see cref="SourceLocation"/>.</summary>
        public static FindingLocation From(SourceLocation location) => From(location.Source, location.Span);
    }
}
