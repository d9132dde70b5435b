using System;
using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>
    /// WITL010: one package spelling a word two ways (<c>-id</c> and <c>-identifier</c>, <c>len</c> and
    /// <c>length</c>…), or one interface mixing <c>get-x</c> accessors with bare <c>x</c> getters.
    /// </summary>
    public sealed class InconsistentNamingRule : LintRule
    {
        private static readonly (string Short, string Long)[] Spellings =
        {
            ("id", "identifier"), ("dir", "directory"), ("len", "length"), ("config", "configuration"),
            ("info", "information"), ("msg", "message"), ("addr", "address"), ("buf", "buffer"),
            ("src", "source"), ("dst", "destination"), ("num", "number"), ("ptr", "pointer"), ("attr", "attribute"),
        };

        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL010", "InconsistentNaming", FindingSeverity.Note,
            "Names should be spelled consistently across a package",
            "A package that says `file-id` in one place and `file-identifier` in another (or `len`/`length`, " +
            "`dir`/`directory`, `config`/`configuration`…), or an interface with both `get-name` and a bare getter " +
            "`size` next to `set-size`, makes callers guess. Pick one spelling; the less common one is reported.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            var words = new Dictionary<string, List<(LintFile File, SyntaxToken Token)>>(StringComparer.Ordinal);
            foreach (var scope in context.Scopes)
            {
                foreach (var token in DeclaredNames(scope)) AddWords(words, scope.File, token);
                CheckAccessors(context, scope);
            }
            foreach (var (shortForm, longForm) in Spellings)
            {
                if (!words.TryGetValue(shortForm, out var shorts) || !words.TryGetValue(longForm, out var longs)) continue;
                var (minority, majority, used, preferred) = shorts.Count <= longs.Count
                    ? (shorts, longs, shortForm, longForm) : (longs, shorts, longForm, shortForm);
                var first = majority[0];
                foreach (var (file, token) in minority)
                {
                    context.Report(this, file, token, $"`{token.ValueText}` spells `{preferred}` as `{used}`; the package mostly says `{preferred}`",
                        new RelatedLocation(FindingLocation.From(first.File.Source, first.Token.Span), $"`{first.Token.ValueText}` uses `{preferred}`"));
                }
            }
        }

        private static IEnumerable<SyntaxToken> DeclaredNames(LintScope scope)
        {
            foreach (var f in SyntaxQueries.Descendants<FunctionSyntax>(scope.Node)) yield return f.Name;
            foreach (var t in SyntaxQueries.Descendants<TypeDefinitionSyntax>(scope.Node)) yield return t.Name;
            foreach (var n in SyntaxQueries.Descendants<NamedTypeSyntax>(scope.Node)) yield return n.Name;
            foreach (var c in SyntaxQueries.Descendants<CaseNameSyntax>(scope.Node)) yield return c.Name;
            foreach (var c in SyntaxQueries.Descendants<VariantCaseSyntax>(scope.Node)) yield return c.Name;
        }

        private static void AddWords(Dictionary<string, List<(LintFile, SyntaxToken)>> words, LintFile file, SyntaxToken token)
        {
            foreach (string word in token.ValueText.Split('-'))
            {
                if (!words.TryGetValue(word, out var list)) words[word] = list = new List<(LintFile, SyntaxToken)>();
                list.Add((file, token));
            }
        }

        // Mixed accessor styles in one function list: some `get-x`, and some bare `y` getters paired with `set-y`.
        private void CheckAccessors(LintContext context, LintScope scope)
        {
            CheckAccessorGroup(context, scope.File, FunctionNames(scope.Items));
            foreach (var item in scope.Items)
            {
                if (item is ResourceSyntax r) CheckAccessorGroup(context, scope.File, FunctionNames(r.Members));
            }
        }

        private static List<SyntaxToken> FunctionNames(IReadOnlyList<ItemSyntax> items)
        {
            var names = new List<SyntaxToken>();
            foreach (var item in items) if (item is FunctionSyntax f) names.Add(f.Name);
            return names;
        }

        private void CheckAccessorGroup(LintContext context, LintFile file, List<SyntaxToken> names)
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in names) all.Add(n.ValueText);
            SyntaxToken? bareGetter = null;
            foreach (var n in names)
            {
                if (!n.ValueText.StartsWith("get-", StringComparison.Ordinal) && all.Contains("set-" + n.ValueText)) { bareGetter = n; break; }
            }
            if (bareGetter is not { } getter) return;
            foreach (var n in names)
            {
                if (!n.ValueText.StartsWith("get-", StringComparison.Ordinal)) continue;
                context.Report(this, file, n, $"`{n.ValueText}` uses a get- prefix but `{getter.ValueText}` (with `set-{getter.ValueText}`) does not",
                    new RelatedLocation(FindingLocation.From(file.Source, getter.Span), $"bare getter `{getter.ValueText}`"));
            }
        }
    }
}
