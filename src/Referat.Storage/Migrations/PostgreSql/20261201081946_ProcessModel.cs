using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.PostgreSql
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "vote",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "vote",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "membership",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubstituteOrder",
                table: "membership",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentsPart",
                table: "meeting_version",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TableOfContents",
                table: "meeting_version",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "meeting_participant",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Committee",
                table: "meeting",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LocationText",
                table: "meeting",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "meeting",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "item_section",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "Blocks",
                table: "item_section",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Points",
                table: "decision",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOwn",
                table: "decision",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "consultation",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedItemTitles",
                table: "body",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Types",
                table: "agenda_item",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Result",
                table: "agenda_item",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "absence",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "absence",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Party",
                table: "absence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstituteName",
                table: "absence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstituteParty",
                table: "absence",
                type: "text",
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
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "item_section",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Points",
                table: "decision",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "consultation",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "Types",
                table: "agenda_item",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Result",
                table: "agenda_item",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);
        }
    }
}
