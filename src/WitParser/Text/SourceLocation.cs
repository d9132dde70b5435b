namespace WitSharp.WitParser.Text
{
    /// <summary>A span inside a particular source: what a diagnostic points at.</summary>
    public readonly struct SourceLocation
    {
        /// <summary>Creates a location.</summary>
        public SourceLocation(SourceText source, TextSpan span)
        {
            Source = source;
            Span = span;
        }

        /// <summary>The source the span belongs to.</summary>
        public SourceText Source { get; }

        /// <summary>The span inside <see cref="Source"/>.</summary>
        public TextSpan Span { get; }

        /// <summary>The 1-based position where the span starts.</summary>
        public LinePosition Start => Source.GetLinePosition(Span.Start);

        /// <inheritdoc />
        public override string ToString() => $"{Source.Path}:{Start}";
    }
}
