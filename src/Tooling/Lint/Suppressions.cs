using System;
using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint
{
    /// <summary>
    /// Inline suppressions written in WIT comments:
    /// <c>// witsharp-disable-next-line WITL001, WITL007</c> silences those rules on the next line of code (an
    /// item's attribute lines are skipped, so it may sit above <c>@since</c>), and
    /// <c>// witsharp-disable WITL003</c> anywhere in a file silences the rules in that whole file. Without ids,
    /// every rule is silenced.
    /// </summary>
    public sealed class Suppressions
    {
        private const string DisableNextLine = "witsharp-disable-next-line";
        private const string Disable = "witsharp-disable";

        private readonly string _path;
        // A null set stands for "every rule".
        private readonly List<HashSet<string>?> _fileWide = new List<HashSet<string>?>();
        private readonly Dictionary<int, List<HashSet<string>?>> _byLine = new Dictionary<int, List<HashSet<string>?>>();

        private Suppressions(string path) => _path = path;

        /// <summary>True when a comment's text is a suppression directive (not documentation).</summary>
        public static bool IsDirective(string commentText) => commentText.IndexOf(Disable, StringComparison.Ordinal) >= 0;

        /// <summary>Reads the directives of one file.</summary>
        public static Suppressions Read(LintFile file)
        {
            var result = new Suppressions(file.Source.Path);
            var tokens = new List<SyntaxToken>(file.Tree.Root.DescendantTokens());
            for (int i = 0; i < tokens.Count; i++)
            {
                foreach (var trivia in tokens[i].LeadingTrivia)
                {
                    if (!trivia.IsComment || !IsDirective(trivia.Text)) continue;
                    string text = trivia.Text;
                    int next = text.IndexOf(DisableNextLine, StringComparison.Ordinal);
                    if (next >= 0) result.AddNextLine(file, tokens, i, ParseIds(text.Substring(next + DisableNextLine.Length)));
                    else result._fileWide.Add(ParseIds(text.Substring(text.IndexOf(Disable, StringComparison.Ordinal) + Disable.Length)));
                }
            }
            return result;
        }

        /// <summary>True when <paramref name="finding"/> is silenced by a directive of this file.</summary>
        public bool Suppresses(Finding finding)
        {
            if (finding.Location is not { } at || at.Path != _path) return false;
            foreach (var ids in _fileWide) if (ids is null || ids.Contains(finding.RuleId)) return true;
            if (!_byLine.TryGetValue(at.StartLine, out var sets)) return false;
            foreach (var ids in sets) if (ids is null || ids.Contains(finding.RuleId)) return true;
            return false;
        }

        private void AddNextLine(LintFile file, List<SyntaxToken> tokens, int index, HashSet<string>? ids)
        {
            int line = file.Source.GetLinePosition(tokens[index].Span.Start).Line;
            // Attribute lines (@since, @unstable…) belong to the item below them: target the line after them too.
            int i = index;
            while (i < tokens.Count && tokens[i].Kind == SyntaxKind.AtToken)
            {
                Target(line, ids);
                while (i < tokens.Count && file.Source.GetLinePosition(tokens[i].Span.Start).Line == line) i++;
                if (i < tokens.Count) line = file.Source.GetLinePosition(tokens[i].Span.Start).Line;
            }
            Target(line, ids);
        }

        private void Target(int line, HashSet<string>? ids)
        {
            if (!_byLine.TryGetValue(line, out var sets)) _byLine[line] = sets = new List<HashSet<string>?>();
            sets.Add(ids);
        }

        private static HashSet<string>? ParseIds(string rest)
        {
            int close = rest.IndexOf("*/", StringComparison.Ordinal);
            if (close >= 0) rest = rest.Substring(0, close);
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string part in rest.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                // Text after the ids ("-- reason") is allowed: stop at the first word that is not a rule id.
                if (!part.StartsWith("WIT", StringComparison.OrdinalIgnoreCase)) break;
                ids.Add(part);
            }
            return ids.Count == 0 ? null : ids;
        }
    }
}
