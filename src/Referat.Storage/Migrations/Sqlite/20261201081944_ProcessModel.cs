using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProcessModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MemberParty",
                table: "vote",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "vote",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "vote",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "membership",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubstituteOrder",
                table: "membership",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentsPart",
                table: "meeting_version",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TableOfContents",
                table: "meeting_version",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "meeting_participant",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Committee",
                table: "meeting",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LocationText",
                table: "meeting",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "meeting",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "item_section",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Blocks",
                table: "item_section",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Points",
                table: "decision",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOwn",
                table: "decision",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "consultation",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedItemTitles",
                table: "body",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Types",
                table: "agenda_item",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "absence",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "absence",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Party",
                table: "absence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstituteName",
                table: "absence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstituteParty",
                table: "absence",
                type: "TEXT",
                nullable: true);

            // The data of an archive built by the previous version, in its new shape. (Section text becomes blocks in a
            // data step after this migration: Upgrades/SectionBlocks.)
            foreach (var statement in Upgrades.ProcessModelData.Statements)
                migrationBuilder.Sql(statement);
        }


        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MemberParty",
                table: "vote");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "vote");

            migrationBuilder.DropColumn(
                name: "Order",
                table: "vote");

            migrationBuilder.DropColumn(
                name: "SubstituteOrder",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "AttachmentsPart",
                table: "meeting_version");

            migrationBuilder.DropColumn(
                name: "TableOfContents",
                table: "meeting_version");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "meeting_participant");

            migrationBuilder.DropColumn(
                name: "Committee",
                table: "meeting");

            migrationBuilder.DropColumn(
                name: "LocationText",
                table: "meeting");

            migrationBuilder.DropColumn(
                name: "State",
                table: "meeting");

            migrationBuilder.DropColumn(
                name: "Blocks",
                table: "item_section");

            migrationBuilder.DropColumn(
                name: "IsOwn",
                table: "decision");

            migrationBuilder.DropColumn(
                name: "ClosedItemTitles",
                table: "body");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "absence");

            migrationBuilder.DropColumn(
                name: "Order",
                table: "absence");

            migrationBuilder.DropColumn(
                name: "Party",
                table: "absence");

            migrationBuilder.DropColumn(
                name: "SubstituteName",
                table: "absence");

            migrationBuilder.DropColumn(
                name: "SubstituteParty",
                table: "absence");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "membership",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "item_section",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Points",
                table: "decision",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "consultation",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "Types",
                table: "agenda_item",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");
        }
    }
}
