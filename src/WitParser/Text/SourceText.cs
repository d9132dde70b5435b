using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Text
{
    /// <summary>
    /// The text of one WIT file and the path it is reported under. Line starts are computed once, on first use,
    /// so mapping offsets to positions is a binary search.
    /// </summary>
    public sealed class SourceText
    {
        private int[]? _lineStarts;

        /// <summary>Creates a source from its text and the path diagnostics name it by.</summary>
        public SourceText(string path, string text)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The path diagnostics name this source by (as given, not normalised).</summary>
        public string Path { get; }

        /// <summary>The whole text.</summary>
        public string Text { get; }

        /// <summary>The number of characters.</summary>
        public int Length => Text.Length;

        /// <summary>The number of lines (a final line without a newline counts).</summary>
        public int LineCount => LineStarts.Length;

        private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

        /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
        public int GetLineIndex(int offset)
        {
            var starts = LineStarts;
            int index = Array.BinarySearch(starts, Math.Max(0, Math.Min(offset, Text.Length)));
            return index >= 0 ? index : ~index - 1;
        }

        /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
        public LinePosition GetLinePosition(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, Text.Length));
            int line = GetLineIndex(offset);
            int start = LineStarts[line];
            int column = 1;
            for (int i = start; i < offset; i++)
            {
                // A surrogate pair is one scalar value: count only its high half.
                if (!char.IsLowSurrogate(Text[i])) column++;
            }
            return new LinePosition(line + 1, column);
        }

        /// <summary>The text of a 0-based line, without its line terminator.</summary>
        public string GetLineText(int lineIndex)
        {
            var starts = LineStarts;
            int start = starts[lineIndex];
            int end = lineIndex + 1 < starts.Length ? starts[lineIndex + 1] : Text.Length;
            while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
            return Text.Substring(start, end - start);
        }

        /// <summary>The offset at which a 0-based line starts.</summary>
        public int GetLineStart(int lineIndex) => LineStarts[lineIndex];

        /// <summary>The text a span covers.</summary>
        public string GetText(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            return starts.ToArray();
        }
    }
}
