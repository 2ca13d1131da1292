using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Copies an ELF64 shared library and marks one symbol-version requirement in its .gnu.version_r section weak
/// (VER_FLG_WEAK). TorchSharp 0.107's libLibTorchSharp.so asks for GLIBCXX_3.4.32 (GCC 13's libstdc++) only for
/// std::ios_base_library_init, a marker symbol no code calls; Debian 12's libstdc++ stops at 3.4.30, so the loader
/// refuses the whole library. A weak requirement is checked and merely skipped when absent (glibc's dl-version.c),
/// while every other requirement stays binding. The source file is left untouched; the copy goes to Destination.
/// </summary>
public sealed class MarkElfVersionWeak : Task
{
    private const uint VerneedSection = 0x6ffffffe; // SHT_GNU_verneed
    private const ushort WeakFlag = 0x2;             // VER_FLG_WEAK

    [Required]
    public string Source { get; set; } = "";

    [Required]
    public string Destination { get; set; } = "";

    /// <summary>The version name to weaken, e.g. GLIBCXX_3.4.32.</summary>
    [Required]
    public string Version { get; set; } = "";

    public override bool Execute()
    {
        byte[] elf;
        try
        {
            elf = File.ReadAllBytes(Source);
        }
        catch (IOException e)
        {
            Log.LogError($"{Source}: cannot read ({e.Message})");
            return false;
        }
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            Log.LogError($"{Source}: not a little-endian 64-bit ELF file");
            return false;
        }
        var found = Weaken(elf);
        if (found == 0)
        {
            Log.LogMessage(MessageImportance.High, $"{Path.GetFileName(Source)} does not require {Version}; copied unchanged.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Destination)!);
        File.WriteAllBytes(Destination, elf);
        return true;
    }

    private int Weaken(byte[] elf)
    {
        var sectionTable = ReadU64(elf, 0x28);
        var entrySize = ReadU16(elf, 0x3A);
        var count = ReadU16(elf, 0x3C);
        var found = 0;
        for (var s = 0; s < count; s++)
        {
            var header = checked((int)sectionTable + s * entrySize);
            if (ReadU32(elf, header + 4) != VerneedSection)
            {
                continue;
            }
            var offset = checked((int)ReadU64(elf, header + 0x18));
            var link = (int)ReadU32(elf, header + 0x28);
            var needs = (int)ReadU32(elf, header + 0x2C);
            var strings = checked((int)ReadU64(elf, checked((int)sectionTable + link * entrySize) + 0x18));
            for (var n = 0; n < needs; n++)
            {
                var auxCount = ReadU16(elf, offset + 2);
                var aux = offset + (int)ReadU32(elf, offset + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    if (Name(elf, strings + (int)ReadU32(elf, aux + 8)) == Version)
                    {
                        var flags = (ushort)(ReadU16(elf, aux + 4) | WeakFlag);
                        elf[aux + 4] = (byte)flags;
                        elf[aux + 5] = (byte)(flags >> 8);
                        found++;
                    }
                    aux += (int)ReadU32(elf, aux + 12);
                }
                offset += (int)ReadU32(elf, offset + 12);
            }
        }
        return found;
    }

    private static string Name(byte[] elf, int start)
    {
        var end = Array.IndexOf(elf, (byte)0, start);
        return Encoding.ASCII.GetString(elf, start, end - start);
    }

    private static ushort ReadU16(byte[] b, int at) => BitConverter.ToUInt16(b, at);

    private static uint ReadU32(byte[] b, int at) => BitConverter.ToUInt32(b, at);

    private static ulong ReadU64(byte[] b, int at) => BitConverter.ToUInt64(b, at);
}
