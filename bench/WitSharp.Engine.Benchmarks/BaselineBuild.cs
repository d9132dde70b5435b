using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// Another build of this benchmark program (an earlier commit's, built into its own folder), loaded into a load
/// context of its own, so that its engine and ours run in one process and can be timed call by call in turn: a
/// comparison that load from other processes on the machine disturbs on both sides alike. Only the entry points
/// both builds share are used (<c>EngineKernel</c>, <c>SmallModule</c>), through reflection.
/// </summary>
public sealed class BaselineBuild
{
    private readonly Assembly _bench;

    private BaselineBuild(Assembly bench) => _bench = bench;

    /// <summary>Loads <c>WitSharp.Engine.Benchmarks.dll</c> from <paramref name="directory"/> with its own dependencies.</summary>
    /// <exception cref="InvalidOperationException">The folder holds no benchmark build.</exception>
    public static BaselineBuild Load(string directory)
    {
        string path = Path.Combine(Path.GetFullPath(directory), "WitSharp.Engine.Benchmarks.dll");
        if (!File.Exists(path)) throw new InvalidOperationException($"no benchmark build at {path}");
        var context = new IsolatedContext(path);
        return new BaselineBuild(context.LoadFromAssemblyPath(path));
    }

    /// <summary>
    /// The baseline's call of a kernel export, as <c>EngineKernel.Bind</c> makes it, loaded to run in <paramref name="mode"/>
    /// (by name, since the baseline has its own <c>CompilationMode</c> type).
    /// </summary>
    public Func<object?> BindKernel(string wasmPath, string export, int[] args, CompilationMode mode = CompilationMode.Interpreter)
    {
        Type kernelType = Type("WitSharp.Engine.Tests.Kernels.EngineKernel");
        MethodInfo load = kernelType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Load" && m.GetParameters().Length == (mode == CompilationMode.Interpreter ? 1 : 2));
        object[] loadArgs = mode == CompilationMode.Interpreter
            ? new object[] { wasmPath }
            : new object[] { wasmPath, Enum.Parse(load.GetParameters()[1].ParameterType, mode.ToString()) };
        object kernel = load.Invoke(null, loadArgs)!;
        MethodInfo bind = kernelType.GetMethod("Bind")!;
        return (Func<object?>)bind.Invoke(kernel, new object[] { export, args, CancellationToken.None })!;
    }

    /// <summary>The baseline's <c>SmallModule</c> for <paramref name="smallPath"/>: (instantiate n times, call add n times).</summary>
    public (Action<int> InstantiateMany, Func<int, int> CallAddMany) LoadSmall(string smallPath)
    {
        Type smallType = Type("WitSharp.Engine.Benchmarks.SmallModule");
        object small = smallType.GetMethod("Load", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { smallPath })!;
        return (smallType.GetMethod("InstantiateMany")!.CreateDelegate<Action<int>>(small),
                smallType.GetMethod("CallAddMany")!.CreateDelegate<Func<int, int>>(small));
    }

    private Type Type(string name)
    {
        foreach (Assembly assembly in AssemblyLoadContext.GetLoadContext(_bench)!.Assemblies)
            if (assembly.GetType(name) is Type type) return type;
        // Not loaded yet: the kernel type lives in a referenced test assembly.
        foreach (AssemblyName reference in _bench.GetReferencedAssemblies())
        {
            Assembly loaded = AssemblyLoadContext.GetLoadContext(_bench)!.LoadFromAssemblyName(reference);
            if (loaded.GetType(name) is Type type) return type;
        }
        throw new InvalidOperationException($"the baseline build has no type {name}");
    }

    /// <summary>Resolves the baseline's own assemblies from its folder; framework assemblies come from the default context.</summary>
    private sealed class IsolatedContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver _resolver;

        public IsolatedContext(string mainAssembly) : base("baseline", isCollectible: false) =>
            _resolver = new AssemblyDependencyResolver(mainAssembly);

        protected override Assembly? Load(AssemblyName name) =>
            _resolver.ResolveAssemblyToPath(name) is string path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string name) =>
            _resolver.ResolveUnmanagedDllToPath(name) is string path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
