using WitSharp.Cli.Output;

namespace WitSharp.Cli.Tests;

public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("a.wit", "x\ny\n", "x\ny\n"));
    }

    [Fact]
    public void One_changed_line_gives_one_hunk_with_context()
    {
        string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        string after = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
        string expected =
            "--- a/p.wit\n+++ b/p.wit\n" +
            "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n";
        Assert.Equal(expected, UnifiedDiff.Create("p.wit", before, after));
    }

    [Fact]
    public void Distant_changes_give_separate_hunks()
    {
        var lines = new System.Collections.Generic.List<string>();
        for (int i = 1; i <= 30; i++) lines.Add(i.ToString());
        string before = string.Join("\n", lines) + "\n";
        lines[1] = "two";
        lines[27] = "twenty-eight";
        string after = string.Join("\n", lines) + "\n";
        string diff = UnifiedDiff.Create("p.wit", before, after);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(diff, "^@@ ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n", diff);
        Assert.Contains("-28\n+twenty-eight\n", diff);
    }

    [Fact]
    public void Inserted_lines_into_an_empty_file_start_at_zero()
    {
        Assert.Equal("--- a/e.wit\n+++ b/e.wit\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create("e.wit", "", "a\nb\n"));
    }
}
