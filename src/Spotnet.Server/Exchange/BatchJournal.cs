using System.Text;
using Spotnet.Engine;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>Collects the state changes of one batch, in execution order, into the body of one journal record.</summary>
internal sealed class BatchJournal
{
    private readonly MemoryStream _buffer = new();
    private readonly BinaryWriter _writer;

    public BatchJournal()
    {
        _writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);
        Clear();
    }

    /// <summary>Whether the batch changed anything so far.</summary>
    public bool HasOperations => _buffer.Length > JournalFormat.RecordHeaderLength;

    /// <summary>Size of the body collected so far, in bytes.</summary>
    public long Length => _buffer.Length;

    /// <summary>Records an engine command (before it runs, so a command that throws is replayed, and throws, the same way).</summary>
    public void AddCommand(EngineCommand command)
    {
        _writer.Write(JournalFormat.CommandOperation);
        CommandCodec.Write(_writer, command);
    }

    /// <summary>Records that a server account got an engine account.</summary>
    public void AddAccount(long serverAccountId, int engineAccountId)
    {
        _writer.Write(JournalFormat.AccountOperation);
        _writer.Write(serverAccountId);
        _writer.Write(engineAccountId);
    }

    /// <summary>Seals what was collected into a record with the given sequence and starts an empty batch.</summary>
    public JournalRecord TakeRecord(long sequence)
    {
        _writer.Flush();
        var record = new JournalRecord(sequence, JournalFormat.Seal(sequence, _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length)));
        Clear();
        return record;
    }

    /// <summary>Drops what was collected.</summary>
    public void Clear()
    {
        _writer.Flush();
        _buffer.SetLength(0);
        JournalFormat.WriteHeader(_writer);
    }
}
