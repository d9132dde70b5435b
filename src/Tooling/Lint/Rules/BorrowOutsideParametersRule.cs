using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL016: <c>borrow&lt;r&gt;</c> in a record field, variant case, alias or result, where it cannot live.</summary>
    public sealed class BorrowOutsideParametersRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL016", "BorrowOutsideParameters", FindingSeverity.Warning,
            "borrow<…> belongs in parameters only",
            "A borrowed handle is valid only for the duration of the call it was passed to. In a record field, " +
            "variant case or type alias it can end up returned or stored, which the Component Model rejects when " +
            "the type is lifted out of a call. Use `own<…>` (or the resource name) there, and `borrow<…>` in parameters.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                var parameters = new ParameterSpans(scope.Node);
                foreach (var handle in SyntaxQueries.Descendants<HandleTypeSyntax>(scope.Node))
                {
                    if (handle.IsBorrow && !parameters.Contains(handle.Span))
                        context.Report(this, scope.File, handle.Span, $"`borrow<{handle.Name.ValueText}>` outside a parameter list may outlive the call");
                }
            }
        }
    }
}
