using System.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>A string builder that indents lines and opens and closes braces.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private readonly OutputBudget? _budget;
        private int _indent;

        /// <summary>A writer whose lines are counted against <paramref name="budget"/> when given.</summary>
        public CodeWriter(OutputBudget? budget = null)
        {
            _budget = budget;
        }

        /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
        public CodeWriter Line(string text = "")
        {
            _budget?.Spend(text.Length + _indent * 4 + 1);
            if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
            _sb.Append('\n');
            return this;
        }

        /// <summary>Writes <c>{</c> and indents.</summary>
        public void Open()
        {
            Line("{");
            _indent++;
        }

        /// <summary>Dedents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        /// <inheritdoc />
        public override string ToString() => _sb.ToString();
    }
}
