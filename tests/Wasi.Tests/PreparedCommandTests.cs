using System.IO;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// WasiCommand.Run links WASI once per component and reuses it: runs of one component, one after another, each see
/// only their own arguments, environment, exit code and output, and a run leaves no WASI context current.
/// </summary>
public sealed class PreparedCommandTests
{
    [SkippableFact]
    public void Runs_of_one_component_each_see_only_their_own_context()
    {
        Component component = Component.FromFile(new WasmEngine(), WasiCorpus.Require("hello"));

        (string first, int firstCode) = Run(component, "GREETING", "one", "--exit", "3");
        (string second, int secondCode) = Run(component, "EMPTY", "two");
        (string third, int thirdCode) = Run(component, null, "three", "--exit", "5");

        // exit(n) reaches the host as WASI 0.2's exit(result): 1 for any nonzero n (tests/corpus/wasi/README.md).
        Assert.Equal(1, firstCode);
        Assert.Contains("argv[1]=one", first);
        Assert.Contains("GREETING=first", first);
        Assert.Contains("EMPTY=(unset)", first);
        Assert.Equal(0, secondCode);
        Assert.Contains("argv[1]=two", second);
        Assert.DoesNotContain("one", second);
        Assert.Contains("GREETING=(unset)", second);
        Assert.Contains("EMPTY=first", second);
        Assert.Equal(1, thirdCode);
        Assert.Contains("GREETING=(unset)", third);
        Assert.Contains("EMPTY=(unset)", third);
        Assert.Null(WasiContext.Current);
    }

    private static (string Stdout, int ExitCode) Run(Component component, string? variable, params string[] args)
    {
        var stdout = new MemoryStream();
        var configuration = new WasiConfiguration().Program("hello").Args(args).Stdout(stdout);
        if (variable is not null) configuration.Env(variable, "first");
        WasiRunResult result = WasiCommand.Run(component, configuration);
        return (Encoding.UTF8.GetString(stdout.ToArray()), result.ExitCode);
    }
}
