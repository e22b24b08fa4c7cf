using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.Sqlite
{
    /// <summary>
    /// A closed item's title is stored without the marker the minutes print before it ("Lukket punkt: Salg af grund"
    /// is the title "Salg af grund" of a closed item); archives of the previous version kept the marker.
    /// </summary>
    public partial class ClosedItemTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Upgrades.ClosedItemTitlesData.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Upgrades.ClosedItemTitlesData.Down);
        }
    }
}
