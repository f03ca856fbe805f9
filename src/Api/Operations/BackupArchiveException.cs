namespace Jiafu.Api.Operations;

/// <summary>An archive that cannot be restored: unreadable, corrupt, or from an incompatible version.</summary>
public sealed class BackupArchiveException(string message) : Exception(message);
