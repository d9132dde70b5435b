using System;

namespace WitSharp.WitParser.Text
{
    /// <summary>A 1-based line and column. Columns count Unicode scalar values, as the reference tools do.</summary>
    public readonly struct LinePosition : IEquatable<LinePosition>
    {
        /// <summary>Creates a position from a 1-based line and column.</summary>
        public LinePosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        /// <summary>The 1-based line number.</summary>
        public int Line { get; }

        /// <summary>The 1-based column number.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Line * 397) ^ Column);

        /// <inheritdoc />
        public override string ToString() => $"{Line}:{Column}";
    }
}
