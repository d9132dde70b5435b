using System;
using System.IO;
using System.Text.RegularExpressions;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>The fenced code blocks of one section of README.md, so tests build exactly what a reader pastes.</summary>
internal static class ReadmeSnippets
{
    /// <summary>The first <c>```language</c> block under the <c>## heading</c> section (up to the next <c>## </c>).</summary>
    public static string Block(string heading, string language)
    {
        string readme = File.ReadAllText(RepositoryPaths.InRepository("README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '## {heading}'");
        int end = readme.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        string section = end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
        Match block = Regex.Match(section, "\n```" + Regex.Escape(language) + "\n(.*?)\n```\n", RegexOptions.Singleline);
        Assert.True(block.Success, $"README.md's '{heading}' has no ```{language} block");
        return block.Groups[1].Value + "\n";
    }
}
