namespace Jiafu.Api.Operations;

/// <summary>
/// An advisory lock on <c>jiafu.lock</c> in the data folder. Every running host holds it shared (several hosts
/// may serve one folder); a restore takes it exclusively, so it refuses to replace the data of a running instance.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "jiafu.lock";

    private readonly FileStream _stream;

    private DataDirectoryLock(FileStream stream) => _stream = stream;

    /// <summary>Held by a running host for its lifetime.</summary>
    public static DataDirectoryLock AcquireShared(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        // Read access with sharing maps to flock(LOCK_SH) on Unix.
        return new DataDirectoryLock(new FileStream(
            Path.Combine(dataDirectory, FileName), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }

    /// <summary>The exclusive lock, or null when a host holds the folder.</summary>
    public static DataDirectoryLock? TryAcquireExclusive(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            // FileShare.None maps to flock(LOCK_EX | LOCK_NB) on Unix and to a sharing violation on Windows.
            return new DataDirectoryLock(new FileStream(
                Path.Combine(dataDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
