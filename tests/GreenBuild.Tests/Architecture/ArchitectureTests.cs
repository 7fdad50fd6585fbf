using System.Reflection;
using NetArchTest.Rules;

namespace GreenBuild.Tests.Architecture;

/// <summary>The shape STYLE.md asks for, kept by tests rather than by memory.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Standards = Assembly.Load("GreenBuild.Standards");
    private static readonly Assembly App = typeof(GreenBuild.GreenBuildHost).Assembly;

    [Fact]
    public void The_standards_library_references_no_package_and_no_project()
    {
        var references = Standards.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .ToList();
        Assert.Empty(references);
    }

    [Fact]
    public void The_standards_library_does_no_io_and_reads_no_clock()
    {
        var result = Types.InAssembly(Standards).ShouldNot()
            .HaveDependencyOnAny("System.IO.File", "System.IO.Directory", "System.Net", "System.Data", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();
        Assert.True(result.IsSuccessful, "Standards types with I/O: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_platform_does_not_depend_on_any_module()
    {
        var modules = App.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("GreenBuild.", StringComparison.Ordinal) && !n.StartsWith("GreenBuild.Platform", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(2)))
            .Distinct()
            .Where(n => n != "GreenBuild.Migrations")
            .ToArray();
        var result = Types.InAssembly(App).That().ResideInNamespace("GreenBuild.Platform").ShouldNot().HaveDependencyOnAny(modules).GetResult();
        Assert.True(result.IsSuccessful, "Platform types depending on modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData("GreenBuild.Supervision")]
    [InlineData("GreenBuild.Labels")]
    public void Other_modules_read_energy_monitoring_only_through_its_contract(string module)
    {
        // Type names, not namespaces: a dependency on "GreenBuild.Energy" would also match the contract's own namespace.
        var internals = App.GetTypes()
            .Where(t => t.Namespace is { } n && (n == "GreenBuild.Energy" || n.StartsWith("GreenBuild.Energy.", StringComparison.Ordinal)) && n != "GreenBuild.Energy.Contracts")
            .Where(t => !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName!).ToArray();
        Assert.NotEmpty(internals);
        var result = Types.InAssembly(App).That().ResideInNamespace(module).ShouldNot().HaveDependencyOnAny(internals).GetResult();
        Assert.True(result.IsSuccessful, module + " types depending on energy internals: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
