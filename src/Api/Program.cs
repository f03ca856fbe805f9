using Jiafu.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddJiafuHost();

var app = builder.Build();
app.UseJiafuPipeline();
await app.PrepareDatabasesAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
