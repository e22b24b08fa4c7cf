using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Referat.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntityResolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "membership",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstSeen",
                table: "membership",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastSeen",
                table: "membership",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LegislativeTermId",
                table: "membership",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Observations",
                table: "membership",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "organization_merge",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FromName = table.Column<string>(type: "TEXT", nullable: false),
                    ToName = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_merge", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_merge_organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_name",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    WordSet = table.Column<string>(type: "TEXT", nullable: false),
                    Occurrences = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastSeen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstSeenWhere = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_name", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_name_organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_alias",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Spelling = table.Column<string>(type: "TEXT", nullable: false),
                    NormalisedSpelling = table.Column<string>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", nullable: true),
                    Occurrences = table.Column<int>(type: "INTEGER", nullable: false),
                    InParticipantList = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastSeen = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstSeenWhere = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_alias", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_alias_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_merge",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Spelling = table.Column<string>(type: "TEXT", nullable: false),
                    MatchedSpelling = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merge", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_merge_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resolution_review",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeftName = table.Column<string>(type: "TEXT", nullable: false),
                    RightName = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resolution_review", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resolution_review_body_BodyId",
                        column: x => x.BodyId,
                        principalTable: "body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_membership_LegislativeTermId",
                table: "membership",
                column: "LegislativeTermId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_merge_OrganizationId",
                table: "organization_merge",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_name_Key",
                table: "organization_name",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_organization_name_OrganizationId_NormalisedName",
                table: "organization_name",
                columns: new[] { "OrganizationId", "NormalisedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_alias_NormalisedSpelling",
                table: "person_alias",
                column: "NormalisedSpelling");

            migrationBuilder.CreateIndex(
                name: "IX_person_alias_PersonId_NormalisedSpelling",
                table: "person_alias",
                columns: new[] { "PersonId", "NormalisedSpelling" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_merge_PersonId",
                table: "person_merge",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_resolution_review_BodyId_Kind_LeftName_RightName",
                table: "resolution_review",
                columns: new[] { "BodyId", "Kind", "LeftName", "RightName" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_membership_legislative_term_LegislativeTermId",
                table: "membership",
                column: "LegislativeTermId",
                principalTable: "legislative_term",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_membership_legislative_term_LegislativeTermId",
                table: "membership");

            migrationBuilder.DropTable(
                name: "organization_merge");

            migrationBuilder.DropTable(
                name: "organization_name");

            migrationBuilder.DropTable(
                name: "person_alias");

            migrationBuilder.DropTable(
                name: "person_merge");

            migrationBuilder.DropTable(
                name: "resolution_review");

            migrationBuilder.DropIndex(
                name: "IX_membership_LegislativeTermId",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "FirstSeen",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "LastSeen",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "LegislativeTermId",
                table: "membership");

            migrationBuilder.DropColumn(
                name: "Observations",
                table: "membership");
        }
    }
}
