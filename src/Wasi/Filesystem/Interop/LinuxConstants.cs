using System.Runtime.InteropServices;

namespace WitSharp.Wasi.Filesystem.Interop;

/// <summary>
/// Linux flag and error numbers. Most are the same on every architecture; O_DIRECTORY and O_NOFOLLOW are not (arm and
/// arm64 use the older values), so those two are chosen at start-up.
/// </summary>
internal static class LinuxConstants
{
    static readonly bool ArmLayout =
        RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm or Architecture.Armv6;

    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int Truncate = 0x200;
    public const int Append = 0x400;
    public const int DataSync = 0x1000;
    public const int Sync = 0x101000;
    public const int CloseOnExec = 0x80000;
    public const int PathOnly = 0x200000;
    public static readonly int OpenDirectory = ArmLayout ? 0x4000 : 0x10000;
    public static readonly int NoFollow = ArmLayout ? 0x8000 : 0x20000;

    public const int AtSymlinkNoFollow = 0x100;
    public const int AtRemoveDir = 0x200;
    public const int AtEmptyPath = 0x1000;

    public const ulong ResolveNoMagicLinks = 0x02;
    public const ulong ResolveBeneath = 0x08;

    public const uint StatxBasicStats = 0x7ff;
    public const int FileTypeMask = 0xF000;
    public const int TypeFifo = 0x1000;
    public const int TypeCharacterDevice = 0x2000;
    public const int TypeDirectory = 0x4000;
    public const int TypeBlockDevice = 0x6000;
    public const int TypeRegular = 0x8000;
    public const int TypeSymlink = 0xA000;
    public const int TypeSocket = 0xC000;

    public const int FcntlGetFlags = 3;
    public const long UtimeNow = (1L << 30) - 1;
    public const long UtimeOmit = (1L << 30) - 2;

    public const int EPERM = 1, ENOENT = 2, ENXIO = 6, EINTR = 4, EIO = 5, EBADF = 9, EAGAIN = 11, ENOMEM = 12,
        EACCES = 13, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
        EMFILE = 24, ENFILE = 23, ENOTTY = 25, ETXTBSY = 26, EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30,
        EMLINK = 31, EPIPE = 32, EDEADLK = 35, ENAMETOOLONG = 36, ENOLCK = 37, ENOSYS = 38, ENOTEMPTY = 39,
        ELOOP = 40, EOVERFLOW = 75, EILSEQ = 84, EMSGSIZE = 90, EOPNOTSUPP = 95, EALREADY = 114, EINPROGRESS = 115,
        EDQUOT = 122, ENOTRECOVERABLE = 131;
}
