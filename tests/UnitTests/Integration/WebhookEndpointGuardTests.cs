using System.Net;
using Jiafu.Integration.Features.Webhooks;

namespace Jiafu.UnitTests.Integration;

public sealed class WebhookEndpointGuardTests
{
    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void Given_a_public_address_When_checked_Then_it_is_allowed(string address) =>
        Assert.True(new WebhookEndpointGuard(false, false).Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:192.168.1.1")]
    public void Given_a_private_address_When_checked_Then_it_is_allowed_only_where_private_networks_are(string address)
    {
        Assert.False(new WebhookEndpointGuard(true, false).Allows(IPAddress.Parse(address)));
        Assert.True(new WebhookEndpointGuard(false, true).Allows(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Given_loopback_When_checked_Then_it_is_allowed_only_where_localhost_is(string address)
    {
        Assert.False(new WebhookEndpointGuard(false, true).Allows(IPAddress.Parse(address)));
        Assert.True(new WebhookEndpointGuard(true, false).Allows(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("fe80::1")]
    [InlineData("::")]
    public void Given_a_link_local_or_reserved_address_When_checked_Then_it_is_never_allowed(string address) =>
        Assert.False(new WebhookEndpointGuard(true, true).Allows(IPAddress.Parse(address)));
}
