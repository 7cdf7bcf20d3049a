using System.Security.Claims;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.SignIn;

/// <summary>The studio's user from an identity provider's sign-in: the same roles the host gives the same token.</summary>
public sealed class ProviderUserTests
{
    private static readonly OpenIdConnectSettings EntraId = new()
    {
        UserClaim = "preferred_username",
        RoleClaim = "roles",
        RoleMap = new() { ["Velferd.Leder"] = "Supervisor", ["Velferd.Saksbehandler"] = "Caseworker" },
    };

    [Fact]
    public void FromProvider_EntraRoles_AreMappedSoTheLeaderSeesTheOverview()
    {
        var principal = Principal(("preferred_username", "lise@kommune.no"), ("name", "Lise Leder"), ("roles", "Velferd.Leder"), ("roles", "Velferd.Saksbehandler"), ("team", "tit-sentrum"));

        var user = StudioUser.FromProvider(principal, "token", EntraId);

        Assert.Equal(("lise@kommune.no", "Lise Leder"), (user.UserName, user.DisplayName));
        Assert.Equal(["Caseworker", "Supervisor"], user.Roles.Order(StringComparer.Ordinal));
        Assert.Equal(["tit-sentrum"], user.Teams);
        Assert.True(user.Supervises);
    }

    [Fact]
    public void FromProvider_UnmappedAndSpaceSeparatedValues_AreTakenAsTheyAre()
    {
        var principal = Principal(("preferred_username", "ola@kommune.no"), ("roles", "Caseworker Coordinator"), ("team", "tit-sentrum bv-vest"));

        var user = StudioUser.FromProvider(principal, "token", EntraId);

        Assert.Equal("ola@kommune.no", user.DisplayName);
        Assert.Equal(["Caseworker", "Coordinator"], user.Roles.Order(StringComparer.Ordinal));
        Assert.Equal(["bv-vest", "tit-sentrum"], user.Teams.Order(StringComparer.Ordinal));
        Assert.False(user.Supervises);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
