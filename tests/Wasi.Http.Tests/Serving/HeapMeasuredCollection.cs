using Xunit;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// Tests that measure the process's managed heap run alone: the heap is shared by every test in the assembly, and a
/// test running beside them (loading the multi-megabyte componentize-js app, caching a built corpus) would count as
/// growth. xunit runs a collection with parallelisation disabled after all the parallel ones, by itself.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasuredCollection
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "Heap measured (runs alone)";
}
