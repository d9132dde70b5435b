using System;

namespace WitSharp.WitParser.Text
{
    /// <summary>A range of characters in a <see cref="SourceText"/>, as a UTF-16 start offset and length.</summary>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        /// <summary>Creates a span from a start offset and a length.</summary>
        public TextSpan(int start, int length)
        {
            if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            Start = start;
            Length = length;
        }

        /// <summary>The offset of the first character.</summary>
        public int Start { get; }

        /// <summary>The number of characters covered.</summary>
        public int Length { get; }

        /// <summary>The offset just past the last character.</summary>
        public int End => Start + Length;

        /// <summary>True when the span covers no characters.</summary>
        public bool IsEmpty => Length == 0;

        /// <summary>Creates a span from a start and an end offset.</summary>
        public static TextSpan FromBounds(int start, int end) => new TextSpan(start, end - start);

        /// <summary>The smallest span covering both spans.</summary>
        public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

        /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
        public bool Contains(int offset) => offset >= Start && offset < End;

        /// <inheritdoc />
        public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Start * 397) ^ Length);

        /// <summary>Value equality.</summary>
        public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

        /// <inheritdoc />
        public override string ToString() => $"[{Start}..{End})";
    }
}
