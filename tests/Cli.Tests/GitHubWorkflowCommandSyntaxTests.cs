using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>
/// Every line of <c>--format github</c> must be a workflow command GitHub Actions parses:
/// <c>::error|warning|notice [key=value,…]::message</c>, with <c>%</c>, CR and LF escaped in the message and
/// additionally <c>:</c> and <c>,</c> in property values. Checked over real output with many findings.
/// </summary>
public class GitHubWorkflowCommandSyntaxTests
{
    private static readonly Regex s_command = new(
        @"^::(error|warning|notice)" +
        @"(?: (?<props>(?:file|line|col|endLine|endColumn|title)=[^,:\r\n]*(?:,(?:file|line|col|endLine|endColumn|title)=[^,:\r\n]*)*))?" +
        @"::(?<message>[^\r\n]*)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_badPercent = new(@"%(?!25|0D|0A|3A|2C)", RegexOptions.CultureInvariant);

    [SkippableTheory]
    [InlineData("check", "wit-parser/parse-fail")]
    [InlineData("lint", "wit-bindgen-codegen")]
    [InlineData("lint", "wit-parser/parse-fail")]
    public void Every_line_is_a_well_formed_workflow_command(string command, string corpus)
    {
        string folder = RepositoryPaths.RequireShared(new[] { "conformance" }.Concat(corpus.Split('/')).ToArray());
        int lines = 0;
        foreach (string input in Directory.GetFiles(folder, "*.wit").OrderBy(p => p, System.StringComparer.Ordinal).Take(60))
        {
            var result = CliRunner.Run(command, input, "--format", "github");
            Assert.True(result.ExitCode is 0 or 1, $"{command} {input}: exit {result.ExitCode}: {result.StdErr}");
            foreach (string line in result.StdOut.Split('\n'))
            {
                if (line.Length == 0 || !line.StartsWith("::", System.StringComparison.Ordinal)) continue;
                lines++;
                Match m = s_command.Match(line);
                Assert.True(m.Success, $"not a workflow command: {line}");
                Assert.False(s_badPercent.IsMatch(m.Groups["message"].Value), $"unescaped % in message: {line}");
                foreach (string prop in m.Groups["props"].Value.Split(',', System.StringSplitOptions.RemoveEmptyEntries))
                {
                    string[] kv = prop.Split('=', 2);
                    Assert.False(s_badPercent.IsMatch(kv[1]), $"unescaped % in {kv[0]}: {line}");
                    if (kv[0] is "line" or "col" or "endLine" or "endColumn")
                        Assert.True(int.TryParse(kv[1], out int n) && n >= 1, $"{kv[0]} is not a positive number: {line}");
                }
            }
        }
        Assert.True(lines > 0, $"{command} over {corpus} printed no workflow commands, so nothing was checked");
    }
}
