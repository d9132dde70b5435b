using System;
using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL015: anonymous types (list, option, result, tuple, map, future, stream) nested deeper than <c>max-depth</c> (default 3).</summary>
    public sealed class DeepNestingRule : LintRule
    {
        /// <summary>The option that sets the maximum depth.</summary>
        public const string MaxDepthOption = "max-depth";

        /// <summary>The maximum depth when not configured.</summary>
        public const int DefaultMaxDepth = 3;

        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL015", "DeepNesting", FindingSeverity.Note,
            "Deeply nested anonymous types should be named",
            "`list<option<tuple<string, list<u8>>>>` says nothing about what the parts mean, and every binding " +
            "spells it out in full. Past `max-depth` levels of list/option/result/tuple/map/future/stream (default 3), " +
            "give the inner part a name with a `record` or `type` alias.");

        /// <inheritdoc />
        public override IReadOnlyList<string> OptionNames { get; } = new[] { MaxDepthOption };

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            int max = context.IntOption(Descriptor.Id, MaxDepthOption, DefaultMaxDepth);
            foreach (var scope in context.Scopes)
            {
                foreach (var named in SyntaxQueries.Descendants<NamedTypeSyntax>(scope.Node)) Check(context, scope, named.Type, max);
                foreach (var function in SyntaxQueries.Descendants<FuncTypeSyntax>(scope.Node)) Check(context, scope, function.Result, max);
                foreach (var c in SyntaxQueries.Descendants<VariantCaseSyntax>(scope.Node)) Check(context, scope, c.Type, max);
                foreach (var alias in SyntaxQueries.Descendants<TypeAliasSyntax>(scope.Node)) Check(context, scope, alias.Type, max);
            }
        }

        private void Check(LintContext context, LintScope scope, TypeSyntax? type, int max)
        {
            if (type is null) return;
            int depth = Depth(type, 0);
            if (depth > max) context.Report(this, scope.File, type.Span, $"anonymous types are nested {depth} deep (more than {max}); name the inner part");
        }

        /// <summary>How many anonymous type constructors are nested in <paramref name="type"/>.</summary>
        public static int Depth(TypeSyntax type, int level)
        {
            // The front end already rejects absurd nesting; the cap keeps this safe regardless.
            if (level > 256 || !IsAnonymous(type)) return 0;
            int inner = 0;
            foreach (var child in type.ChildElements())
            {
                if (child.AsNode() is TypeSyntax t) inner = Math.Max(inner, Depth(t, level + 1));
            }
            return 1 + inner;
        }

        private static bool IsAnonymous(TypeSyntax type) =>
            type is ListTypeSyntax || type is OptionTypeSyntax || type is ResultTypeSyntax || type is TupleTypeSyntax
            || type is MapTypeSyntax || type is AsyncValueTypeSyntax;
    }
}
