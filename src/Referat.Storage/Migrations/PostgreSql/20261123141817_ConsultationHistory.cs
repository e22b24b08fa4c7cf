using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ConsultationHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "MeetingId",
                table: "consultation",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Date",
                table: "consultation",
                type: "date",
                nullable: true);
        
            // Treatments already archived took place at their meeting.
            migrationBuilder.Sql("UPDATE \"consultation\" SET \"Date\" = (SELECT m.\"Date\" FROM \"meeting\" m WHERE m.\"Id\" = \"consultation\".\"MeetingId\") WHERE \"MeetingId\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Date",
                table: "consultation");

            migrationBuilder.AlterColumn<long>(
                name: "MeetingId",
                table: "consultation",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
