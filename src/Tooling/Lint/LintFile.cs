using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Lint
{
    /// <summary>One file of the package being linted, with its syntax tree (spans, comments, attributes).</summary>
    public sealed record LintFile(WitSyntaxTree Tree)
    {
        /// <summary>The file's text.</summary>
        public SourceText Source => Tree.Source;
    }
}
