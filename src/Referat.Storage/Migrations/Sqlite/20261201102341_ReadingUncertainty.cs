using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadingUncertainty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Uncertain",
                table: "source_document",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Uncertain",
                table: "source_document");
        }
    }
}
