using System;
using System.Linq;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL006: a function whose name says it can fail (<c>try-*</c>, <c>parse-*</c>, <c>open-*</c>…) but returns no <c>result</c>.</summary>
    public sealed class FallibleWithoutResultRule : LintRule
    {
        private static readonly string[] Prefixes = { "try-", "parse-", "open-", "connect-", "decode-", "load-", "fetch-", "resolve-" };
        private static readonly string[] Exact = { "parse", "open", "connect", "decode", "load", "fetch" };
        private static readonly string[] Suffixes = { "-or-error", "-or-fail" };

        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL006", "FallibleWithoutResult", FindingSeverity.Warning,
            "Fallible-looking functions should return a result",
            "A function named like an operation that can fail (try-*, parse-*, open-*, connect-*, decode-*, load-*, " +
            "fetch-*, resolve-*, *-or-error) but returning nothing, or a plain value, leaves callers no way to see " +
            "the failure except a trap. Return `result<T, E>` (or `option<T>`). Functions returning a named type are " +
            "not reported (the type may be an error-carrying variant), nor are results that hold a result or option " +
            "anywhere inside (such as a `future<result<…>>`).");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                foreach (var function in SyntaxQueries.Descendants<FunctionSyntax>(scope.Node))
                {
                    string name = function.Name.ValueText;
                    if (!LooksFallible(name)) continue;
                    var result = function.Type.Result;
                    if (result is not null && CarriesFailure(result)) continue;
                    context.Report(this, scope.File, function.Name, result is null
                        ? $"`{name}` looks fallible but returns nothing; return a result<_, error>"
                        : $"`{name}` looks fallible but does not return a result");
                }
            }
        }

        // A result or option anywhere in the type (a tuple holding a future<result<…>>, say), or a named type.
        private static bool CarriesFailure(TypeSyntax type) =>
            IsFailureCarrier(type) || SyntaxQueries.Descendants<TypeSyntax>(type).Any(IsFailureCarrier);

        private static bool IsFailureCarrier(TypeSyntax type) =>
            type is ResultTypeSyntax || type is OptionTypeSyntax || type is TypeReferenceSyntax;

        /// <summary>True for names that announce a failing operation.</summary>
        public static bool LooksFallible(string name)
        {
            foreach (string p in Prefixes) if (name.StartsWith(p, StringComparison.Ordinal)) return true;
            foreach (string s in Suffixes) if (name.EndsWith(s, StringComparison.Ordinal)) return true;
            return Array.IndexOf(Exact, name) >= 0;
        }
    }
}
