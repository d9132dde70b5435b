using System;
using System.Reflection;
using WitSharp.Engine;
using WitSharp.Engine.Bindings;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Resources through generated bindings against a real core module run by the managed engine: the guest (WebAssembly
/// text) implements <c>counter</c> with its <c>[export]</c> intrinsics and uses the host's <c>file</c>.
/// </summary>
public sealed class ResourceWasmGuestTests
{
    private const string Wit = """
        package t:wasm;
        interface files {
          resource file {
            constructor(path: string);
            name: func() -> string;
          }
        }
        interface counters {
          use files.{file};
          resource counter {
            constructor(start: u32);
            add: func(n: u32) -> u32;
          }
          take: func(c: counter) -> u32;
          name-length: func(f: borrow<file>) -> u32;
          peek: func(f: borrow<file>) -> u32;
          open: func() -> file;
        }
        world w { import files; export counters; }
        """;

    // A counter's rep is the address of its 4-byte cell; methods receive it as `self`.
    private const string Guest = """
        (module
          (import "t:wasm/files" "[constructor]file" (func $file_new (param i32 i32) (result i32)))
          (import "t:wasm/files" "[method]file.name" (func $file_name (param i32 i32)))
          (import "t:wasm/files" "[resource-drop]file" (func $file_drop (param i32)))
          (import "[export]t:wasm/counters" "[resource-new]counter" (func $new (param i32) (result i32)))
          (import "[export]t:wasm/counters" "[resource-rep]counter" (func $rep (param i32) (result i32)))
          (import "[export]t:wasm/counters" "[resource-drop]counter" (func $drop (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 16) "opened.txt")
          (global $heap (mut i32) (i32.const 1024))
          (global $dtors (mut i32) (i32.const 0))
          (func $alloc (param $align i32) (param $size i32) (result i32)
            (local $p i32)
            (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
                                   (i32.sub (i32.const 0) (local.get $align))))
            (global.set $heap (i32.add (local.get $p) (local.get $size)))
            (local.get $p))
          (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
            (local $p i32)
            (local.set $p (call $alloc (local.get $align) (local.get $size)))
            (memory.copy (local.get $p) (local.get $old)
              (select (local.get $old_size) (local.get $size) (i32.lt_u (local.get $old_size) (local.get $size))))
            (local.get $p))
          (func (export "t:wasm/counters#[constructor]counter") (param $start i32) (result i32)
            (local $p i32)
            (local.set $p (call $alloc (i32.const 4) (i32.const 4)))
            (i32.store (local.get $p) (local.get $start))
            (call $new (local.get $p)))
          (func (export "t:wasm/counters#[method]counter.add") (param $self i32) (param $n i32) (result i32)
            (i32.store (local.get $self) (i32.add (i32.load (local.get $self)) (local.get $n)))
            (i32.load (local.get $self)))
          (func (export "t:wasm/counters#[dtor]counter") (param $rep i32)
            (global.set $dtors (i32.add (global.get $dtors) (i32.const 1))))
          (func (export "t:wasm/counters#take") (param $h i32) (result i32)
            (local $v i32)
            (local.set $v (i32.load (call $rep (local.get $h))))
            (call $drop (local.get $h))
            (local.get $v))
          (func $length (param $f i32) (result i32)
            (local $area i32)
            (local.set $area (call $alloc (i32.const 4) (i32.const 8)))
            (call $file_name (local.get $f) (local.get $area))
            (i32.load offset=4 (local.get $area)))
          (func (export "t:wasm/counters#name-length") (param $f i32) (result i32)
            (local $n i32)
            (local.set $n (call $length (local.get $f)))
            (call $file_drop (local.get $f))
            (local.get $n))
          (func (export "t:wasm/counters#peek") (param $f i32) (result i32)
            (call $length (local.get $f)))
          (func (export "t:wasm/counters#open") (result i32)
            (call $file_new (i32.const 16) (i32.const 10)))
          (func (export "dtor-count") (result i32) (global.get $dtors)))
        """;

    private const string User = """
        using System;
        using System.Collections.Generic;
        using WitSharp.Engine;
        using WitSharp.Engine.Bindings;
        using WitSharp.Runtime;
        using global::T.Wasm.Counters;
        using global::T.Wasm.Files;

        public sealed class HostFile : File
        {
            public readonly string Path;
            public int Disposals;
            public HostFile(string path) => Path = path;
            public override string Name() => Path;
            public override void Dispose() => Disposals++;
        }

        public sealed class FilesHost : IFiles
        {
            public readonly List<HostFile> Created = new();
            public File CreateFile(string path) { var f = new HostFile(path); Created.Add(f); return f; }
        }

        public static class Linking
        {
            // Every core import of the guest, linked to its generated trampoline or resource intrinsic.
            public static GuestInstance Instantiate(byte[] wasm, FilesHost host)
            {
                var engine = new WasmEngine();
                var linker = new CanonicalLinker(engine)
                    .DefineImport<IFiles>("t:wasm/files", "[constructor]file", host, FilesImportsBinding.CreateFile)
                    .DefineIntrinsic("t:wasm/files", "[method]file.name", FilesImportsBinding.FileName)
                    .DefineIntrinsic("t:wasm/files", "[resource-drop]file", File.CoreImports.ResourceDrop)
                    .DefineIntrinsic("[export]t:wasm/counters", "[resource-new]counter", Counter.CoreImports.ResourceNew)
                    .DefineIntrinsic("[export]t:wasm/counters", "[resource-rep]counter", Counter.CoreImports.ResourceRep)
                    .DefineIntrinsic("[export]t:wasm/counters", "[resource-drop]counter", Counter.CoreImports.ResourceDrop);
                return linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
            }
        }

        public static class Driver
        {
            public static string Run(ICoreFunctionInvoker invoker, CallContext cx, Func<string, int> resolve, FilesHost host)
            {
                ICountersExports exports = new CountersExportsBinding(invoker, cx, resolve);
                uint a, b;
                using (var c = exports.CreateCounter(5)) { a = c.Add(3); b = c.Add(4); }
                var d = exports.CreateCounter(10);
                uint taken = exports.Take(d);
                bool moved = false;
                try { d.Add(1); } catch (ObjectDisposedException) { moved = true; }
                var file = new HostFile("hello.txt");
                uint length = exports.NameLength(file);
                var opened = (HostFile)exports.Open();
                return a + "|" + b + "|" + taken + "|" + moved + "|" + length + "|" + file.Disposals + "|" + opened.Path + "|"
                    + ReferenceEquals(opened, host.Created[0]);
            }

            public static void KeepBorrow(ICoreFunctionInvoker invoker, CallContext cx, Func<string, int> resolve) =>
                new CountersExportsBinding(invoker, cx, resolve).Peek(new HostFile("kept"));
        }
        """;

    private static readonly Lazy<byte[]> s_guest = new(() => GuestCompiler.AssembleText(Guest));

    private static (GuestInstance, object) Instantiate(Assembly bindings)
    {
        byte[] wasm = s_guest.Value;
        object host = Activator.CreateInstance(bindings.GetType("FilesHost")!)!;
        var guest = (GuestInstance)bindings.GetType("Linking")!.GetMethod("Instantiate")!.Invoke(null, new[] { wasm, host })!;
        return (guest, host);
    }

    private static Assembly Bindings() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User);

    [SkippableFact]
    public void AWasmGuestsResourcesAndTheHostsMeetThroughTheBindings()
    {
        var bindings = Bindings();
        var (guest, host) = Instantiate(bindings);
        CallContext cx = guest.Context;
        object? result = bindings.GetType("Driver")!.GetMethod("Run")!.Invoke(null, new object[] { guest, cx, guest.ResolveExport, host });
        Assert.Equal("8|12|10|True|9|0|opened.txt|True", result);
        // Disposing the first counter and the guest's own drop of the second ran the guest's destructor twice.
        Assert.Equal(2, guest.CoreInstance.GetFunction("dtor-count")!.Invoke()[0].AsI32());
        // The guest owns the file it opened until it hands it over; it did, so only host-side state is left.
        Assert.Empty(cx.Instance.Handles.Entries);
        Assert.Equal(0, cx.Instance.HostObjects.Count);
    }

    [SkippableFact]
    public void AWasmGuestKeepingABorrowTraps()
    {
        var bindings = Bindings();
        var (guest, _) = Instantiate(bindings);
        var error = Assert.Throws<TargetInvocationException>(() => bindings.GetType("Driver")!.GetMethod("KeepBorrow")!
            .Invoke(null, new object[] { guest, guest.Context, guest.ResolveExport }));
        Assert.Contains("not dropped", Assert.IsType<CanonicalAbiTrapException>(error.InnerException).Message);
    }
}
