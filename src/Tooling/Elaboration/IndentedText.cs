using System.Text;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>Lines of WIT with two-space indentation per nesting level.</summary>
    public sealed class IndentedText
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private int _depth;

        /// <summary>
        /// Whether <c>@since</c>/<c>@unstable</c>/<c>@deprecated</c> gates are written (true by default). A composed world
        /// lives in a new, unversioned package where other packages' version gates would not resolve.
        /// </summary>
        public bool WriteGates { get; init; } = true;

        /// <summary>
        /// The package being printed, when interfaces of it must be named without their package (<c>use types.{t}</c>,
        /// <c>import types;</c>): a package naming itself by its full name is a dependency cycle to the resolver.
        /// Null (the default) names every interface in full.
        /// </summary>
        public int? LocalPackage { get; set; }

        /// <summary>Writes one line at the current depth.</summary>
        public void Line(string text) => _sb.Append(' ', _depth * 2).Append(text).Append('\n');

        /// <summary>Writes an empty line.</summary>
        public void Blank() => _sb.Append('\n');

        /// <summary>Writes <paramref name="header"/> followed by <c>{</c> and indents what follows.</summary>
        public void Open(string header)
        {
            Line(header + " {");
            _depth++;
        }

        /// <summary>Closes the innermost block with <paramref name="closer"/> (<c>}</c> or <c>};</c>).</summary>
        public void Close(string closer = "}")
        {
            _depth--;
            Line(closer);
        }

        /// <inheritdoc />
        public override string ToString() => _sb.ToString();
    }
}
