using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>
/// Decodes the advisory custom sections <c>name</c> (component-name) and <c>producers</c>. Binary.md says engines must
/// not reject a component for an invalid name section, so these return null instead of throwing.
/// </summary>
internal static class CustomSectionReader
{
    public static ComponentNames? TryReadNames(CustomSection section)
    {
        try
        {
            var reader = new ByteReader(section.Payload, section.PayloadOffset);
            string? componentName = null;
            var sortNames = new Dictionary<Sort, IReadOnlyDictionary<uint, string>>();
            while (!reader.AtEnd)
            {
                byte id = reader.ReadByte("a name subsection id");
                uint size = reader.ReadU32("a name subsection size");
                if (size > (uint)reader.Remaining) return null;
                ByteReader sub = reader.ReadSubReader((int)size, "a name subsection");
                if (id == 0) componentName = sub.ReadName("the component name");
                else if (id == 1)
                {
                    Sort sort = DefinitionReader.ReadSort(ref sub);
                    int count = sub.ReadCount("name associations", 2);
                    var map = new Dictionary<uint, string>(count);
                    for (int i = 0; i < count; i++)
                    {
                        uint index = sub.ReadU32("an index");
                        map[index] = sub.ReadName("a name");
                    }
                    sortNames[sort] = map;
                }
                // Unknown subsections are skipped, as core wasm's name section allows.
            }
            return new ComponentNames(componentName, sortNames);
        }
        catch (ComponentDecodeException)
        {
            return null;
        }
    }

    public static ProducersSection? TryReadProducers(CustomSection section)
    {
        try
        {
            var reader = new ByteReader(section.Payload, section.PayloadOffset);
            int fieldCount = reader.ReadCount("producers fields", 2);
            var fields = new List<ProducersField>(fieldCount);
            for (int i = 0; i < fieldCount; i++)
            {
                string name = reader.ReadName("a producers field name");
                int valueCount = reader.ReadCount("producers values", 2);
                var values = new ProducerValue[valueCount];
                for (int j = 0; j < valueCount; j++)
                {
                    string tool = reader.ReadName("a producer name");
                    values[j] = new ProducerValue(tool, reader.ReadName("a producer version"));
                }
                fields.Add(new ProducersField(name, values));
            }
            return reader.AtEnd ? new ProducersSection(fields) : null;
        }
        catch (ComponentDecodeException)
        {
            return null;
        }
    }
}
