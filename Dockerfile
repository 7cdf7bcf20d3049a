# The host and the studio as images, for docker-compose.yml (and any container platform). Two stages: the SDK with
# Node (the studio's build installs the Elsa Studio npm package) publishes both; the ASP.NET runtime runs them.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish host/Velferd.Workflows.Host -c Release -o /app/host \
 && dotnet publish studio/Velferd.Workflows.Studio -c Release -o /app/studio

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health checks.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
USER app
# The compose file picks the program: host/Velferd.Workflows.Host.dll or studio/Velferd.Workflows.Studio.dll.
WORKDIR /app
