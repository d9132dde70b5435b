using System;
using System.IO;
using System.Threading.Tasks;
using WitSharp.Cli.Input;

namespace WitSharp.Cli.Tests;

/// <summary>Directory walks enter each folder once by its real path, so links back up the tree never loop.</summary>
public sealed class SymlinkLoopTests : IDisposable
{
    private const string Formatted = "package demo:loop;\n\ninterface api {\n  get: func() -> u32;\n}\n";

    // Generous: the walks below take milliseconds; before the fix they ran until killed (or for minutes).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Fmt_check_on_a_folder_with_two_links_to_itself_ends()
    {
        _temp.Write("api.wit", Formatted);
        Link(Path.Combine(_temp.Path, "l1"), ".");
        Link(Path.Combine(_temp.Path, "l2"), ".");

        var result = RunBounded("fmt", "--check", _temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("1 file(s) already formatted", result.StdErr);
    }

    [SkippableFact]
    public void A_link_to_an_ancestor_is_not_followed_back()
    {
        _temp.Write("pkg/api.wit", Formatted);
        Link(Path.Combine(_temp.Path, "pkg", "up"), "..");

        var (files, missing) = InputPaths.ExpandWitFiles(new[] { _temp.Path });

        Assert.Empty(missing);
        Assert.Equal(new[] { Path.Combine(_temp.Path, "pkg", "api.wit") }, files);
    }

    [SkippableFact]
    public void A_folder_of_packages_with_links_back_lists_each_package_once()
    {
        _temp.Write("a/api.wit", Formatted);
        Link(Path.Combine(_temp.Path, "l1"), ".");
        Link(Path.Combine(_temp.Path, "l2"), ".");

        var packages = Task.Run(() => InputPaths.ExpandPackages(_temp.Path));
        Assert.True(packages.Wait(Bound), "ExpandPackages did not end");

        Assert.Equal(new[] { Path.Combine(_temp.Path, "a") }, packages.Result);
    }

    [SkippableFact]
    public void Real_paths_resolve_links_and_dot_dot_inside_link_targets()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "x", "y"));
        Link(Path.Combine(_temp.Path, "x", "y", "back"), "../..");
        Link(Path.Combine(_temp.Path, "self"), "self");

        string real = RealPaths.Resolve(_temp.Path);
        Assert.Equal(real, RealPaths.Resolve(Path.Combine(_temp.Path, "x", "y", "back")));
        Assert.Equal(Path.Combine(real, "x"), RealPaths.Resolve(Path.Combine(_temp.Path, "x", "y", "back", "x")));
        // A link to itself: the hop limit ends the resolution instead of spinning.
        Assert.EndsWith("self", RealPaths.Resolve(Path.Combine(_temp.Path, "self")));
    }

    private static CliRunner.Result RunBounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(Bound), $"witsharp {string.Join(' ', args)} did not end within {Bound.TotalSeconds} s");
        return run.Result;
    }

    private static void Link(string path, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(path, target);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || e is IOException || e is PlatformNotSupportedException)
        {
            // Windows without developer mode cannot create links; the walk has nothing to guard against there.
            Skip.If(true, $"cannot create a symbolic link here: {e.Message}");
        }
    }
}
