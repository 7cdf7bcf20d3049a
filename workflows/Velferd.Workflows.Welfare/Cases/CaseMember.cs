namespace Velferd.Workflows.Welfare.Cases;

/// <summary>Someone who works on a case (a TIT case's team member), by user name, for a service.</summary>
/// <param name="User">The user name.</param>
/// <param name="Service">The service they represent (<see cref="Consents.ConsentServices"/>).</param>
/// <param name="AddedAt">When they were added.</param>
/// <param name="AddedBy">Who added them.</param>
public sealed record CaseMember(string User, string Service, DateTimeOffset AddedAt, string AddedBy);
