using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Designer;

/// <summary>The designer pages' header: the signed-in user's name and the sign-out form's token.</summary>
public sealed record DesignerBar(string UserName, FormToken SignOutToken);
