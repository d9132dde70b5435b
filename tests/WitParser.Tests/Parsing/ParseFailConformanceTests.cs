using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>
/// The reference's parse-fail cases: when our parser finds an error in a case, it must be the reference's error
/// (same message, same location and underline). Cases whose error is a resolution error must parse cleanly here
/// (the resolver reports them), and the cases known to be syntax errors must fail to parse.
/// </summary>
public class ParseFailConformanceTests
{
    // Cases whose expected error comes from the lexer or parser (the rest are resolution errors).
    private static readonly HashSet<string> SyntaxErrorCases = new(StringComparer.Ordinal)
    {
        "async-bad1", "async-bad2", "bad-deprecated1", "bad-deprecated2", "bad-deprecated3", "bad-deprecated4",
        "bad-list", "bad-list2", "bad-list3", "bad-resource1", "bad-resource10", "bad-resource9", "bad-since1",
        "dangling-type", "include-with-id", "invalid-toplevel", "keyword", "multiple-packages-no-scope-blocks",
        "package-nesting-too-deep", "resources-return-borrow", "very-large-column",
    };

    public static IEnumerable<object[]> Cases()
    {
        string? shared = RepositoryPaths.Shared;
        if (shared == null) return new[] { new object[] { "(missing)" } };
        string dir = Path.Combine(shared, "conformance", "wit-parser", "parse-fail");
        return Directory.EnumerateFiles(dir, "*.wit")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => File.Exists(Path.Combine(dir, n + ".wit.result")))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n });
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void First_syntax_error_matches_the_reference(string name)
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-parser", "parse-fail");
        string expected = File.ReadAllText(Path.Combine(dir, name + ".wit.result")).Replace("\r\n", "\n").TrimEnd('\n');
        var bytes = File.ReadAllBytes(Path.Combine(dir, name + ".wit"));
        Assert.True(SourceDecoder.TryDecode($"tests/ui/parse-fail/{name}.wit", bytes, out var source, out _));

        var tree = WitSyntaxTree.Parse(source!);

        if (SyntaxErrorCases.Contains(name))
        {
            Assert.NotEmpty(tree.Diagnostics);
            Assert.Equal(expected, DiagnosticFormatter.FormatSnippet(tree.Diagnostics[0]));
        }
        else
        {
            Assert.True(tree.Diagnostics.Count == 0,
                $"{name} should be left to the resolver, got: {tree.Diagnostics.FirstOrDefault()?.Message}");
        }
    }
}
