var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.MapGet("/api/v3/ping", () => Results.Content("{}", "application/json"));
app.Run();
