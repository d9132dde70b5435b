using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>Updating an ordered map in place keeps order and lookups, including after entries are dropped.</summary>
public sealed class OrderedMapTests
{
    [Fact]
    public void Update_all_rewrites_values_and_drops_entries_keeping_order_and_lookups()
    {
        var map = new OrderedMap<string, int>();
        for (int i = 0; i < 40; i++) map.Set("n" + i, i);
        map.UpdateAll((int index, string key, ref int value) =>
        {
            value = value * 10;
            return index % 3 != 0;
        });
        var expected = Enumerable.Range(0, 40).Where(i => i % 3 != 0).ToList();
        Assert.Equal(expected.Select(i => "n" + i), map.Keys);
        Assert.Equal(expected.Select(i => i * 10), map.Values);
        foreach (int i in expected) Assert.Equal(expected.IndexOf(i), map.IndexOfKey("n" + i));
        Assert.Equal(-1, map.IndexOfKey("n3"));
        Assert.True(map.Set("n3", 3));
        Assert.Equal(expected.Count, map.IndexOfKey("n3"));
    }

    [Fact]
    public void Update_all_that_keeps_everything_changes_only_values()
    {
        var map = new OrderedMap<string, int>();
        map.Set("a", 1);
        map.Set("b", 2);
        map.UpdateAll((int _, string _, ref int value) =>
        {
            value++;
            return true;
        });
        Assert.Equal(new[] { "a", "b" }, map.Keys);
        Assert.Equal(new[] { 2, 3 }, map.Values);
        Assert.Equal(1, map.IndexOfKey("b"));
    }
}
