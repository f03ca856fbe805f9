using System.Net;
using System.Net.Sockets;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>
/// Which addresses a webhook may be delivered to. Clients name their own URLs, so without this a client could make
/// the host call services on its own network (server-side request forgery). The check runs when the connection is
/// made, on every address the name resolves to, so a name that later resolves elsewhere is caught too.
/// </summary>
public sealed class WebhookEndpointGuard(bool allowLoopback, bool allowPrivateNetworks)
{
    public static WebhookEndpointGuard From(WebhookOptions options) =>
        new(options.AllowInsecureLocalhost, options.AllowPrivateNetworkEndpoints);

    public bool Allows(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Classify(address) switch
        {
            AddressKind.Public => true,
            AddressKind.Loopback => allowLoopback,
            AddressKind.Private => allowPrivateNetworks,
            _ => false,
        };
    }

    /// <summary>Opens the TCP connection to the first allowed address of the endpoint, or refuses with the reason.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"The endpoint {host} resolves only to addresses webhooks may not reach (loopback, private, link-local or reserved). 推送地址不可用。");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private enum AddressKind { Public, Loopback, Private, Blocked }

    private static AddressKind Classify(IPAddress address)
    {
        if (IPAddress.IsLoopback(address))
        {
            return AddressKind.Loopback;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [10, ..] => AddressKind.Private,
                [172, >= 16 and <= 31, ..] => AddressKind.Private,
                [192, 168, ..] => AddressKind.Private,
                [100, >= 64 and <= 127, ..] => AddressKind.Private, // carrier-grade NAT
                [0, ..] or [169, 254, ..] or [>= 224, ..] => AddressKind.Blocked, // this network, link-local (cloud metadata), multicast, reserved
                [192, 0, 0, ..] or [198, >= 18 and <= 19, ..] => AddressKind.Blocked, // protocol assignments, benchmarking
                _ => AddressKind.Public,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
            {
                return AddressKind.Blocked;
            }

            return (address.GetAddressBytes()[0] & 0xFE) == 0xFC ? AddressKind.Private : AddressKind.Public; // fc00::/7 unique local
        }

        return AddressKind.Blocked;
    }
}
