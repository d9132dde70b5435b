using System;
using System.IO;

namespace WitSharp.Testing;

/// <summary>
/// What the packaging tests share: the dotnet host that runs the tests, the configuration they were built in, and a
/// nuget.config that knows only one local feed and a private package cache, so that an older package of the same
/// version, or one from the machine's cache, is never picked up.
/// </summary>
public static class IsolatedNuGet
{
    /// <summary>The configuration this test run was built in; packing with <c>--no-build</c> reuses that build.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH), else the one on PATH; skips the test when there is none.</summary>
    public static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.Require("dotnet", "the .NET SDK");

    /// <summary>
    /// Writes to <paramref name="configFile"/> a nuget.config whose only source is <paramref name="feed"/> and whose
    /// package cache is <paramref name="packagesFolder"/>; returns the file's path.
    /// </summary>
    public static string WriteConfig(string configFile, string feed, string packagesFolder)
    {
        File.WriteAllText(configFile,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n" +
            $"  <config><add key=\"globalPackagesFolder\" value=\"{packagesFolder}\" /></config>\n" +
            $"  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
        return configFile;
    }
}
