using System.Collections.Concurrent;
using System.Threading;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>Gives structurally equal function types one small integer, so <c>call_indirect</c> compares ints.</summary>
internal static class FunctionTypeRegistry
{
    private static readonly ConcurrentDictionary<FuncType, int> s_ids = new();
    private static int s_next;

    public static int GetId(FuncType type) => s_ids.TryGetValue(type, out int id) ? id : s_ids.GetOrAdd(type, _ => Interlocked.Increment(ref s_next));
}
