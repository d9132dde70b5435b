using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL014: <c>result&lt;T, string&gt;</c>: errors callers can only print, not handle.</summary>
    public sealed class StringErrorRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL014", "StringError", FindingSeverity.Warning,
            "Error types should be enums or variants, not string",
            "`result<T, string>` gives callers a message they can show but not act on: no way to tell \"not found\" " +
            "from \"permission denied\" without parsing text. Define an `enum` (or a `variant` with payloads) of " +
            "the failure cases; keep a `string` payload for the details if needed.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                foreach (var result in SyntaxQueries.Descendants<ResultTypeSyntax>(scope.Node))
                {
                    if (result.ErrorType is PrimitiveTypeSyntax { Keyword: { Kind: SyntaxKind.StringKeyword } } error)
                        context.Report(this, scope.File, error.Keyword, "the error type is `string`; use an enum or variant of the failure cases");
                }
            }
        }
    }
}
