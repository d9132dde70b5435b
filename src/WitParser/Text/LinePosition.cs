using System;

namespace WitSharp.WitParser.Text
{
    /// <summary>
    /// A 1-based line and column. Columns count Unicode scalar values, as editors and IDEs place them. The reference
    /// wit-parser counts UTF-8 bytes instead, so on a line with non-ASCII text (only comments can hold it) before
    /// the position, its column is larger than ours; on ASCII lines the two agree.
    /// </summary>
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
