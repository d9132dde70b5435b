using System.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>A string builder that indents lines and opens and closes braces.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private int _indent;

        /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
        public CodeWriter Line(string text = "")
        {
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
