namespace Jiafu.Identity.Features.Auth;

/// <summary>The tokens of a signed-in user.</summary>
/// <param name="AccessToken">JWT bearer token for the <c>Authorization</c> header.</param>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
/// <param name="RefreshToken">Single-use token for <c>POST /api/v1/auth/refresh</c>; rotated on every use.</param>
public sealed record TokenResponse(string AccessToken, int ExpiresIn, string RefreshToken);
