using System;
using System.Reflection;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Resources through generated bindings, driven against an in-memory guest: host-implemented resources (an imported
/// interface) live behind the guest's handles; guest-implemented ones (an exported interface) are stand-in objects
/// calling the guest's exports.
/// </summary>
public sealed class ResourceBindingTests
{
    private const string Wit = """
        package t:res;
        interface files {
          resource file {
            constructor(path: string);
            name: func() -> string;
            read: func(count: u32) -> list<u8>;
            append: func(other: borrow<file>);
            dup: func() -> file;
            merge: static func(a: file, b: file) -> file;
          }
          consume: func(f: file) -> string;
        }
        interface counters {
          use files.{file};
          resource counter {
            constructor(start: u32);
            add: func(n: u32) -> u32;
            label: func(prefix: string) -> string;
            merge: static func(a: counter, b: borrow<counter>) -> counter;
          }
          make-pair: func() -> tuple<counter, counter>;
          total: func(c: borrow<counter>) -> u32;
          take: func(c: counter) -> u32;
          describe: func(f: borrow<file>) -> u32;
          keep: func(f: file);
        }
        world w { import files; export counters; }
        """;

    // The guest is simulated: its core exports act on the flat values the way compiled guest code would, and it
    // calls the resource intrinsics and host imports it would import.
    private const string User = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using WitSharp.Runtime;
        using WitSharp.Runtime.Resources;
        using global::T.Res.Counters;
        using global::T.Res.Files;

        public sealed class HostFile : File
        {
            public readonly string Path;
            public int Disposals;
            public readonly List<string> Appended = new();
            public HostFile(string path) => Path = path;
            public override string Name() => Path;
            public override byte[] Read(uint count) => Encoding.UTF8.GetBytes(Path)[..(int)Math.Min(count, (uint)Path.Length)];
            public override void Append(File other) => Appended.Add(((HostFile)other).Path);
            public override File Dup() => new HostFile(Path + "'");
            public override void Dispose() => Disposals++;
        }

        public sealed class FilesHost : IFiles
        {
            public readonly List<File> Received = new();
            public File CreateFile(string path) => new HostFile(path);
            public File FileMerge(File a, File b) { Received.Add(a); Received.Add(b); return new HostFile(((HostFile)a).Path + "+" + ((HostFile)b).Path); }
            public string Consume(File f) { Received.Add(f); return "consumed " + ((HostFile)f).Path; }
        }

        public sealed class Guest : ICoreFunctionInvoker
        {
            public readonly List<string> Names = new();
            public readonly List<string> Log = new();
            public readonly Dictionary<uint, uint> Counters = new();
            public readonly GuestMemory Memory = new GuestMemory(4096, 2048);
            public readonly CallContext Cx;
            public bool DropBorrowedFile = true;
            private uint _nextRep = 100;

            public Guest() => Cx = new CallContext(Memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());

            public int Resolve(string name) { Names.Add(name); return Names.Count - 1; }

            private static CoreValue[] One(uint v) => new[] { CoreValue.I32(v) };

            private uint New(uint value)
            {
                uint rep = _nextRep++;
                Counters[rep] = value;
                var r = new CoreValue[1];
                Counter.CoreImports.ResourceNew(Cx, One(rep), r);
                return (uint)r[0].Bits;
            }

            private uint RepOf(uint handle)
            {
                var r = new CoreValue[1];
                Counter.CoreImports.ResourceRep(Cx, One(handle), r);
                return (uint)r[0].Bits;
            }

            private void Drop(uint handle) => Counter.CoreImports.ResourceDrop(Cx, One(handle), default);

            public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r)
            {
                string name = Names[export];
                Log.Add(name.Substring(name.IndexOf('#') + 1) + "(" + (a.Length > 0 ? a[0].Bits.ToString() : "") + ")");
                switch (name)
                {
                    case "t:res/counters#[constructor]counter": r[0] = CoreValue.I32(New((uint)a[0].Bits)); break;
                    case "t:res/counters#[method]counter.add":
                        Counters[(uint)a[0].Bits] += (uint)a[1].Bits;
                        r[0] = CoreValue.I32(Counters[(uint)a[0].Bits]);
                        break;
                    case "t:res/counters#[method]counter.label":
                    {
                        string prefix = Encoding.UTF8.GetString(Memory.Bytes, (int)a[1].Bits, (int)a[2].Bits);
                        byte[] text = Encoding.UTF8.GetBytes(prefix + Counters[(uint)a[0].Bits]);
                        text.CopyTo(Memory.Bytes, 1024);
                        BitConverter.GetBytes(1024u).CopyTo(Memory.Bytes, 1000);
                        BitConverter.GetBytes((uint)text.Length).CopyTo(Memory.Bytes, 1004);
                        r[0] = CoreValue.I32(1000);
                        break;
                    }
                    case "t:res/counters#[static]counter.merge":
                    {
                        // `a` is an own handle in the guest's table; `b` borrows the guest's own resource, so it is the rep.
                        uint sum = Counters[RepOf((uint)a[0].Bits)] + Counters[(uint)a[1].Bits];
                        Drop((uint)a[0].Bits);
                        r[0] = CoreValue.I32(New(sum));
                        break;
                    }
                    case "t:res/counters#[dtor]counter": Counters.Remove((uint)a[0].Bits); break;
                    case "t:res/counters#make-pair":
                        BitConverter.GetBytes(New(1)).CopyTo(Memory.Bytes, 1008);
                        BitConverter.GetBytes(New(2)).CopyTo(Memory.Bytes, 1012);
                        r[0] = CoreValue.I32(1008);
                        break;
                    case "t:res/counters#total": r[0] = CoreValue.I32(Counters[(uint)a[0].Bits]); break;
                    case "t:res/counters#take":
                    {
                        uint value = Counters[RepOf((uint)a[0].Bits)];
                        Drop((uint)a[0].Bits);
                        r[0] = CoreValue.I32(value);
                        break;
                    }
                    case "t:res/counters#describe":
                    {
                        // The guest calls the host's method on the borrowed file, then drops its borrow handle.
                        FilesImportsBinding.FileName(Cx, new[] { CoreValue.I32((uint)a[0].Bits), CoreValue.I32(1016) }, default);
                        if (DropBorrowedFile) File.CoreImports.ResourceDrop(Cx, One((uint)a[0].Bits), default);
                        r[0] = CoreValue.I32(BitConverter.ToUInt32(Memory.Bytes, 1020));
                        break;
                    }
                    case "t:res/counters#keep": File.CoreImports.ResourceDrop(Cx, One((uint)a[0].Bits), default); break;
                    default: throw new InvalidOperationException("no export " + name);
                }
            }

            public void PostReturn(int export, ReadOnlySpan<CoreValue> r) { }
        }

        public static class Driver
        {
            private static CoreValue[] Args(params uint[] values) => Array.ConvertAll(values, v => CoreValue.I32(v));

            private static string ReadString(Guest g, int at) =>
                Encoding.UTF8.GetString(g.Memory.Bytes, (int)BitConverter.ToUInt32(g.Memory.Bytes, at), (int)BitConverter.ToUInt32(g.Memory.Bytes, at + 4));

            // The guest constructs two files, calls methods with borrowed handles, duplicates, merges (own in and out),
            // passes one back to the host and drops another.
            public static string HostResources()
            {
                var g = new Guest();
                var host = new FilesHost();
                var r = new CoreValue[1];
                Encoding.UTF8.GetBytes("a.txt").CopyTo(g.Memory.Bytes, 16);
                Encoding.UTF8.GetBytes("b.txt").CopyTo(g.Memory.Bytes, 32);
                FilesImportsBinding.CreateFile(host, g.Cx, Args(16, 5), r);
                uint a = (uint)r[0].Bits;
                FilesImportsBinding.CreateFile(host, g.Cx, Args(32, 5), r);
                uint b = (uint)r[0].Bits;
                var fileA = (HostFile)g.Cx.Instance.HostObjects.Get(g.Cx.Instance.Handles.Get(a).Rep);
                FilesImportsBinding.FileAppend(g.Cx, Args(a, b), r);
                FilesImportsBinding.FileName(g.Cx, Args(a, 64), r);
                string name = ReadString(g, 64);
                FilesImportsBinding.FileRead(g.Cx, Args(b, 3, 72), r);
                string read = ReadString(g, 72);
                FilesImportsBinding.FileDup(g.Cx, Args(a), r);
                uint dup = (uint)r[0].Bits;
                FilesImportsBinding.FileMerge(host, g.Cx, Args(b, dup), r);
                uint merged = (uint)r[0].Bits;
                var mergedFile = g.Cx.Instance.HostObjects.Get(g.Cx.Instance.Handles.Get(merged).Rep);
                FilesImportsBinding.Consume(host, g.Cx, Args(merged, 80), r);
                string consumed = ReadString(g, 80);
                bool sameObject = ReferenceEquals(host.Received[2], mergedFile);
                File.CoreImports.ResourceDrop(g.Cx, Args(a), default);
                return a + "," + b + "," + dup + "," + merged + "|" + name + "|" + read + "|" + string.Join(";", fileA.Appended) + "|" + consumed
                    + "|" + sameObject + "|" + fileA.Disposals + "|" + ((HostFile)host.Received[0]).Disposals + "|" + g.Cx.Instance.HostObjects.Count
                    + "|" + System.Linq.Enumerable.Count(g.Cx.Instance.Handles.Entries);
            }

            public static void UseAfterDrop()
            {
                var g = new Guest();
                var r = new CoreValue[1];
                FilesImportsBinding.CreateFile(new FilesHost(), g.Cx, Args(16, 0), r);
                uint a = (uint)r[0].Bits;
                File.CoreImports.ResourceDrop(g.Cx, Args(a), default);
                FilesImportsBinding.FileName(g.Cx, Args(a, 64), r);
            }

            public static int DropTwice()
            {
                var g = new Guest();
                var r = new CoreValue[1];
                FilesImportsBinding.CreateFile(new FilesHost(), g.Cx, Args(16, 0), r);
                var file = (HostFile)g.Cx.Instance.HostObjects.Get(1);
                File.CoreImports.ResourceDrop(g.Cx, Args((uint)r[0].Bits), default);
                try { File.CoreImports.ResourceDrop(g.Cx, Args((uint)r[0].Bits), default); }
                catch (CanonicalAbiTrapException) { return file.Disposals; }
                return -1;
            }

            public static void WrongResourceType()
            {
                var g = new Guest();
                var r = new CoreValue[1];
                Counter.CoreImports.ResourceNew(g.Cx, Args(5), r);
                FilesImportsBinding.FileName(g.Cx, Args((uint)r[0].Bits, 64), r);
            }

            // The host drives the guest's counters: constructor, methods, statics, tuples of handles, own and borrow
            // arguments, and disposal.
            public static string GuestResources()
            {
                var g = new Guest();
                ICountersExports exports = new CountersExportsBinding(g, g.Cx, g.Resolve);
                Counter c = exports.CreateCounter(5);
                uint added = c.Add(3);
                string label = c.Label("n=");
                var (p, q) = exports.MakePair();
                Counter merged = exports.CounterMerge(p, q);
                uint total = exports.Total(merged);
                bool moved = false;
                try { p.Add(1); } catch (ObjectDisposedException) { moved = true; }
                uint taken = exports.Take(q);
                c.Dispose();
                c.Dispose();
                bool disposed = false;
                try { c.Add(1); } catch (ObjectDisposedException) { disposed = true; }
                var file = new HostFile("x.wit");
                uint described = exports.Describe(file);
                exports.Keep(file);
                merged.Dispose();
                return added + "|" + label + "|" + total + "|" + moved + "|" + taken + "|" + disposed + "|" + described + "|" + file.Disposals + "|" + g.Counters.Count
                    + "|" + g.Cx.Instance.HostObjects.Count + "|" + string.Join(" ", g.Log);
            }

            public static void BorrowKept()
            {
                var g = new Guest { DropBorrowedFile = false };
                new CountersExportsBinding(g, g.Cx, g.Resolve).Describe(new HostFile("kept"));
            }

            public static void GuestDropsALentHandle()
            {
                var g = new Guest();
                var r = new CoreValue[1];
                var host = new FilesHost();
                FilesImportsBinding.CreateFile(host, g.Cx, Args(16, 0), r);
                uint a = (uint)r[0].Bits;
                // While the host runs a method on `a`, the handle is lent to that call; dropping it then traps.
                g.Cx.Instance.LiftBorrow((int)g.Cx.Instance.Handles.Get(a).ResourceType, a, g.Cx.BorrowScope);
                File.CoreImports.ResourceDrop(g.Cx, Args(a), default);
            }
        }
        """;

    private static Type Driver() =>
        BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text).GetType("Driver")!;

    private static object? Run(string method) => Driver().GetMethod(method)!.Invoke(null, null);

    private static Exception Failure(string method) =>
        Assert.Throws<TargetInvocationException>(() => Run(method)).InnerException!;

    [Fact]
    public void GuestHandlesReachTheHostsObjects()
    {
        Assert.Equal("1,2,3,3|a.txt|b.t|b.txt|consumed b.txt+a.txt'|True|1|0|0|0", Run("HostResources"));
    }

    [Fact]
    public void UsingADroppedHandleTraps() =>
        Assert.Contains("invalid resource handle", Assert.IsType<CanonicalAbiTrapException>(Failure("UseAfterDrop")).Message);

    [Fact]
    public void DroppingTwiceTrapsAndDisposesOnce() => Assert.Equal(1, Run("DropTwice"));

    [Fact]
    public void AHandleOfAnotherResourceTraps() =>
        Assert.Contains("different resource type", Assert.IsType<CanonicalAbiTrapException>(Failure("WrongResourceType")).Message);

    [Fact]
    public void ALentHandleCannotBeDropped() =>
        Assert.Contains("lent out", Assert.IsType<CanonicalAbiTrapException>(Failure("GuestDropsALentHandle")).Message);

    [Fact]
    public void GuestResourcesAreObjectsCallingTheGuest()
    {
        Assert.Equal("8|n=8|3|True|2|True|5|1|0|0|"
            + "[constructor]counter(5) [method]counter.add(100) [method]counter.label(100) make-pair() [static]counter.merge(2) "
            + "[dtor]counter(101) total(103) take(2) [dtor]counter(102) [dtor]counter(100) describe(2) keep(2) [dtor]counter(103)", Run("GuestResources"));
    }

    [Fact]
    public void ABorrowTheGuestKeepsPastTheCallTraps() =>
        Assert.Contains("not dropped", Assert.IsType<CanonicalAbiTrapException>(Failure("BorrowKept")).Message);
}
