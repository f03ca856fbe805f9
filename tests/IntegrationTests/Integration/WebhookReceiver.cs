using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jiafu.IntegrationTests.Integration;

/// <summary>A real HTTP endpoint (Kestrel on a free loopback port) that records every webhook request it receives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<int, int>> _responses = new(StringComparer.Ordinal);

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{name}", async (string name, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var number = receiver.Received.Count(r => r.Name == name) + 1;
            receiver.Received.Enqueue(new ReceivedWebhook(name, headers, body, DateTimeOffset.UtcNow));
            var status = receiver._responses.TryGetValue(name, out var respond) ? respond(number) : 200;
            return Results.Text("received " + number, statusCode: status);
        });
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>The URL of a named hook; <paramref name="respond"/> gives the status for the n-th request (1-based).</summary>
    public string Hook(string name, Func<int, int>? respond = null)
    {
        if (respond is not null)
        {
            _responses[name] = respond;
        }

        return $"{BaseUrl}/hooks/{name}";
    }

    public IReadOnlyList<ReceivedWebhook> For(string name) => Received.Where(r => r.Name == name).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string Name, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
