using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;
using WitSharp.Generator;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp generate &lt;path&gt; [--world &lt;world&gt;] --out &lt;dir&gt; [--namespace &lt;ns&gt;]</c>: writes the C# host
/// bindings of one world, the same files (same emitter, hint names as file names) the Roslyn source generator adds.
/// </summary>
public static class GenerateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A .wit file, a package directory (root *.wit plus deps/), or a .wasm component (or core module carrying WIT): bindings from the WIT inside it." };
        var world = new Option<string?>("--world")
        {
            Description = "The world: qualified as WIT spells it (ns:pkg/world@1.0.0) or a bare name in the root package. May be left out when the root package has one world.",
            HelpName = "world",
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder the .g.cs files are written to (created if missing; existing files of the same name are overwritten).",
            HelpName = "dir",
            Required = true,
        };
        var rootNamespace = new Option<string?>("--namespace")
        {
            Description = "A namespace put in front of every generated namespace (MyApp.Wit gives MyApp.Wit.<Ns>.<Pkg>...).",
            HelpName = "ns",
        };
        var componentBindings = new Option<bool>("--component-bindings")
        {
            Description = "Also write the world's component class (AddToLinker, Instantiate, typed exports) for WitSharp.Engine.Components; the project must reference that package.",
        };
        var command = new Command("generate",
            "Generate C# host bindings for a world: the files the WitSharp source generator would add, written to a folder.\n" +
            "Exit code 0: written (warnings allowed), 1: WIT errors or an unknown/ambiguous world, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp generate wit-samples/kv-store --world kv:store/kv-client@0.3.0 --out Generated --namespace MyApp.Wit\n  witsharp generate calc.wasm --out Generated");
        command.Arguments.Add(path);
        command.Options.Add(world);
        command.Options.Add(output);
        command.Options.Add(rootNamespace);
        command.Options.Add(componentBindings);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (InputPaths.ReportMissing(InputPaths.Missing(new[] { input }), stderr)) return ExitCodes.UsageOrIoError;
            string folder = parse.GetValue(output)!;
            if (File.Exists(folder))
            {
                stderr.WriteLine($"witsharp: --out '{folder}' is a file, not a folder: --out names the folder the .g.cs files are written to (created if missing).");
                return ExitCodes.UsageOrIoError;
            }

            var format = parse.GetValue(common.Format);
            var writer = new DiagnosticWriter(format, stdout, stderr);
            WitResolve resolve;
            IReadOnlyList<int> rootPackages;
            if (WasmInput.IsWasmFile(input))
            {
                // A component (its world is root:component/root), an encoded WIT package or a core module with WIT.
                if (WasmInput.ReadWit(input, stderr) is not { } wit)
                {
                    writer.Complete();
                    return ExitCodes.Findings;
                }
                (resolve, rootPackages) = (wit.Resolve, new[] { wit.Package });
            }
            else
            {
                var load = FrontEnd.LoadResolve(input, common.GetFeatures(parse), parse.GetValue(common.AllFeatures));
                writer.Write(load.Diagnostics);
                if (!load.Success || load.Resolve is not { } loaded)
                {
                    writer.Complete();
                    return ExitCodes.Findings;
                }
                (resolve, rootPackages) = (loaded, load.RootPackages);
            }
            if (!WorldSelection.TrySelect(resolve, rootPackages, parse.GetValue(world), out int worldId, out string? error))
            {
                writer.Complete();
                stderr.WriteLine($"witsharp: {error}");
                stderr.WriteLine(AvailableWorlds(resolve, rootPackages));
                return ExitCodes.Findings;
            }

            var bindings = CSharpBindingsGenerator.Generate(resolve, worldId, new BindingsOptions
            {
                RootNamespace = parse.GetValue(rootNamespace),
                ComponentBindings = parse.GetValue(componentBindings),
            });
            writer.Write(bindings.Diagnostics);
            writer.Complete();
            if (writer.ErrorCount > 0) return ExitCodes.Findings;

            var written = Write(bindings.Sources, folder);
            // json/sarif/msbuild/github own stdout (a document or one line per finding): the list goes there only in text.
            if (format == DiagnosticFormat.Text) foreach (string file in written) stdout.WriteLine(file);
            else stderr.WriteLine($"witsharp: wrote {written.Count} file(s) to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<string> Write(IReadOnlyList<GeneratedSource> sources, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException e)
        {
            // .NET's message does not name the path ("The file already exists" for a file on the way).
            throw new IOException($"cannot create the --out folder '{folder}': {e.Message}", e);
        }
        var written = new List<string>();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var files = new AtomicFileWriter();
        foreach (var source in sources)
        {
            // Hint names are "<Namespace>.g.cs": one file name each, never a path.
            string file = Path.Combine(folder, source.HintName);
            // Replaced whole (a temporary file renamed over it): a build reading the old file never sees half of one.
            files.Replace(file, utf8.GetBytes(source.Text));
            written.Add(file);
        }
        return written;
    }

    /// <summary>Every world the root packages declare, qualified, so an unknown or ambiguous name can be corrected.</summary>
    private static string AvailableWorlds(WitResolve resolve, IReadOnlyList<int> rootPackages)
    {
        var names = new List<string>();
        foreach (int id in rootPackages)
        {
            var package = resolve.Packages[id];
            string version = package.Name.Version is { } v ? "@" + v : "";
            names.AddRange(package.Worlds.Keys.Select(w => $"{package.Name.WithoutVersion}/{w}{version}"));
        }
        return names.Count == 0 ? "available worlds: none" : "available worlds:\n" + string.Join("\n", names.Select(n => "  " + n));
    }
}
