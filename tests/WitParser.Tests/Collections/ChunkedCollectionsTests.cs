using System;
using System.Linq;
using WitSharp.WitParser.Collections;

namespace WitSharp.WitParser.Tests.Collections;

/// <summary>The chunked list and the sharded dictionary behave like a list and a dictionary across their splits.</summary>
public sealed class ChunkedCollectionsTests
{
    [Fact]
    public void A_chunked_list_keeps_items_in_order_across_chunks()
    {
        var list = new ChunkedList<int>(chunkBits: 3);
        for (int i = 0; i < 100; i++) list.Add(i * 2);
        Assert.Equal(100, list.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 2), list);
        list[57] = -1;
        Assert.Equal(-1, list[57]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[100]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(100)]
    public void A_reserved_chunked_list_holds_more_items_than_reserved(int reserved)
    {
        var list = new ChunkedList<int>(chunkBits: 3);
        list.Reserve(reserved);
        Assert.Empty(list);
        for (int i = 0; i < 50; i++) list.Add(i);
        list.Reserve(1000); // ignored once items are stored
        Assert.Equal(Enumerable.Range(0, 50), list);
    }

    [Fact]
    public void A_truncated_chunked_list_grows_again_from_its_new_end()
    {
        var list = new ChunkedList<string>(chunkBits: 2);
        for (int i = 0; i < 10; i++) list.Add("x" + i);
        list.Truncate(3);
        Assert.Equal(new[] { "x0", "x1", "x2" }, list);
        list.Add("y");
        Assert.Equal(new[] { "x0", "x1", "x2", "y" }, list);
        list.Clear();
        Assert.Empty(list);
        // A cleared list keeps its first chunk; refilled past it, it must not show any old item.
        for (int i = 0; i < 6; i++) list.Add("z" + i);
        Assert.Equal(new[] { "z0", "z1", "z2", "z3", "z4", "z5" }, list);
        list.Clear();
        list.Add("w");
        Assert.Equal(new[] { "w" }, list);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void A_sharded_dictionary_finds_every_key_before_and_after_it_splits(int capacity)
    {
        // A capacity past the split size starts out sharded.
        var map = new ShardedDictionary<string, int>(capacity);
        for (int i = 0; i < 5000; i++)
        {
            map["k" + i] = i;
            if (i == 100 || i == 4999)
            {
                for (int j = 0; j <= i; j++)
                {
                    Assert.True(map.TryGetValue("k" + j, out int v));
                    Assert.Equal(j, v);
                }
            }
        }
        Assert.Equal(5000, map.Count);
        map["k7"] = -7;
        Assert.Equal(5000, map.Count);
        Assert.Equal(-7, map["k7"]);
        Assert.False(map.ContainsKey("absent"));
    }
}
