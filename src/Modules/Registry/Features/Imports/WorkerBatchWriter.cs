using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Imports;

/// <summary>
/// Writes batches of valid import rows inside the job's transaction, upserting by the ID number's keyed hash (see
/// docs/adr/0006). On SQLite new people are inserted with reused prepared statements (<see cref="SqliteBulkInsert{T}"/>,
/// <c>INSERT … ON CONFLICT (IdNumberHash) DO NOTHING</c>: the insert itself tells a new person from a known one); on
/// other providers the batch's hashes are looked up first and new people go through the EF Core change tracker. Known
/// people are updated through EF Core and moved, with their employment history, when the institution differs. Each batch
/// publishes one <see cref="WorkersRegistered"/> event for its new workers.
/// </summary>
internal sealed class WorkerBatchWriter : IDisposable
{
    private readonly RegistryDbContext _db;
    private readonly Guid _jobId;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly SqliteBulkInsert<Worker>? _insertWorker;
    private readonly SqliteBulkInsert<WorkerEmployment>? _insertEmployment;

    public WorkerBatchWriter(RegistryDbContext db, Guid jobId, bool preparedStatements, DateTimeOffset now)
    {
        _db = db;
        _jobId = jobId;
        _now = now;
        _today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        if (preparedStatements)
        {
            _insertWorker = new SqliteBulkInsert<Worker>(db, skipConflictsOn: nameof(Worker.IdNumberHash));
            _insertEmployment = new SqliteBulkInsert<WorkerEmployment>(db);
        }
    }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    /// <summary>Writes one batch. Synchronous: it runs on the import's writer thread, not on the thread pool.</summary>
    public void Write(IReadOnlyList<WorkerImport.PreparedWorker> batch)
    {
        var registered = new List<RegisteredWorker>(batch.Count);
        var known = new List<WorkerImport.PreparedWorker>();
        if (_insertWorker is not null && _insertEmployment is not null)
        {
            // INSERT … ON CONFLICT (IdNumberHash) DO NOTHING: one statement finds out whether the person is new.
            foreach (var item in batch)
            {
                if (_insertWorker.Insert(item.WorkerRow!))
                {
                    _insertEmployment.Insert(item.EmploymentRow!);
                    registered.Add(Registered(item.NewWorker));
                }
                else
                {
                    known.Add(item);
                }
            }
        }
        else
        {
            var hashes = batch.Select(b => b.Row.IdHash).ToList();
            var stored = _db.Set<Worker>().Where(w => hashes.Contains(w.IdNumberHash)).Select(w => w.IdNumberHash).ToList();
            var storedSet = stored.ToHashSet(StringComparer.Ordinal);
            foreach (var item in batch)
            {
                if (storedSet.Contains(item.Row.IdHash))
                {
                    known.Add(item);
                    continue;
                }

                _db.Add(item.NewWorker);
                _db.Add(item.NewEmployment);
                registered.Add(Registered(item.NewWorker));
            }
        }

        if (known.Count > 0)
        {
            var hashes = known.Select(k => k.Row.IdHash).ToList();
            var existing = _db.Set<Worker>().Where(w => hashes.Contains(w.IdNumberHash)).ToDictionary(w => w.IdNumberHash);
            foreach (var item in known)
            {
                Update(existing[item.Row.IdHash], item.Row, item.NewWorker);
            }
        }

        Created += registered.Count;
        Updated += known.Count;
        if (registered.Count > 0)
        {
            _db.AddIntegrationEvent(new WorkersRegistered(_jobId, registered));
        }

        _db.SaveChanges();
        _db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Completes a valid row with the first employment of the new worker and, for the prepared statements, both rows
    /// encoded. Runs on the reading task (it touches only the model, not the connection), so the writer only binds and steps.
    /// </summary>
    public WorkerImport.PreparedWorker Prepare(WorkerImport.ParsedWorker row, Worker newWorker)
    {
        var employment = new WorkerEmployment
        {
            WorkerId = newWorker.Id, InstitutionId = row.InstitutionId, EmploymentType = row.EmploymentType, StartedOn = _today,
        };
        return new WorkerImport.PreparedWorker(row, newWorker, employment, _insertWorker?.Encode(newWorker), _insertEmployment?.Encode(employment));
    }

    private static RegisteredWorker Registered(Worker worker) => new(worker.Id, worker.IdNumberHash, worker.InstitutionId, worker.StreetCode);

    private void Update(Worker worker, WorkerImport.ParsedWorker row, Worker prepared)
    {
        worker.Name = row.Name;
        worker.PhoneEncrypted = prepared.PhoneEncrypted;
        worker.PhoneHash = prepared.PhoneHash;
        worker.PhoneMasked = prepared.PhoneMasked;
        worker.EmploymentType = row.EmploymentType;
        worker.JobTypes = row.JobTypes;
        worker.HealthCheckDate = row.HealthCheckDate ?? worker.HealthCheckDate;
        worker.HealthCheckValidUntil = row.HealthCheckValidUntil ?? worker.HealthCheckValidUntil;
        worker.AccidentInsuranceValidUntil = row.AccidentInsuranceValidUntil ?? worker.AccidentInsuranceValidUntil;
        worker.IdentityVerified = row.IdentityVerified ?? worker.IdentityVerified;
        if (worker.InstitutionId != row.InstitutionId)
        {
            var open = _db.Set<WorkerEmployment>().Where(e => e.WorkerId == worker.Id && e.EndedOn == null).ToList();
            foreach (var employment in open)
            {
                employment.EndedOn = _today;
                _db.Entry(employment).State = EntityState.Modified;
            }

            _db.Add(new WorkerEmployment { WorkerId = worker.Id, InstitutionId = row.InstitutionId, EmploymentType = row.EmploymentType, StartedOn = _today });
            _db.AddIntegrationEvent(new WorkerMoved(worker.Id, worker.InstitutionId, row.InstitutionId));
            worker.InstitutionId = row.InstitutionId;
            worker.StreetCode = row.StreetCode;
        }

        worker.Touch(_now);
        _db.Entry(worker).State = EntityState.Modified;
    }

    public void Dispose()
    {
        _insertWorker?.Dispose();
        _insertEmployment?.Dispose();
    }
}
