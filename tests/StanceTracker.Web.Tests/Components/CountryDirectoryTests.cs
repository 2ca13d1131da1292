using StanceTracker.Core.Attribution;
using StanceTracker.Web.Components.Pages.Matrix;

namespace StanceTracker.Web.Tests.Components;

public sealed class CountryDirectoryTests
{
    [Fact]
    public void The_project_file_names_countries_and_groups()
    {
        var directory = CountryDirectory.Load(TestServices.Checkout.CountriesFile);
        Assert.Equal("Poland", directory.Name("POL"));
        Assert.Equal("C07", directory.Name("C07"));
        Assert.Equal(7, directory.Members("G7").Count);
        Assert.Contains("DEU", directory.Members("EU"));
        Assert.Contains("USA", directory.Members("NATO"));
        Assert.Contains("CHN", directory.Members("G20"));
    }

    [Fact]
    public void Region_rows_list_every_member_by_name()
    {
        var directory = new CountryDirectory([new Country("FRA", "France", [], [], [], null, ["EU", "G7"]), new Country("POL", "Poland", [], [], [], null, ["EU"]), new Country("UKR", "Ukraine", [], [], [], null, [])]);
        string[] withCells = ["POL", "UKR"];

        Assert.Equal(["Poland", "Ukraine"], MatrixPage.RowsFor(withCells, null, directory).Select(r => r.Name));
        Assert.Equal(["France", "Poland"], MatrixPage.RowsFor(withCells, "EU", directory).Select(r => r.Name));
        Assert.Equal(["FRA"], MatrixPage.RowsFor(withCells, "G7", directory).Select(r => r.Code));
    }

    [Fact]
    public void Regions_are_the_groups_countries_belong_to()
    {
        var directory = new CountryDirectory([new Country("FRA", "France", [], [], [], null, ["EU", "G7"]), new Country("POL", "Poland", [], [], [], null, ["EU"]), new Country("UKR", "Ukraine", [], [], [], null, [])]);

        Assert.Equal(["EU", "G7"], directory.Regions);
        Assert.True(directory.IsRegion("eu"));
        Assert.False(directory.IsRegion("NATO"));
        Assert.True(directory.InRegion("POL", "EU"));
        Assert.False(directory.InRegion("POL", "G7"));
        Assert.False(directory.InRegion("XYZ", "EU"));
    }
}
