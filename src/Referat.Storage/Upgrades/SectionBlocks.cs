using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Referat.Domain;

namespace Referat.Storage.Upgrades;

/// <summary>
/// Archives from before section blocks kept a section as text: a line per paragraph or list entry, and a table as
/// tab-separated lines (its header first). This step turns that text into blocks: a run of lines with tabs is a table
/// (numbers read the Danish way), every other line a paragraph.
/// </summary>
internal static class SectionBlocks
{
    public static void FromLegacyText(ArchiveContext context)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            connection.Open();
        try
        {
            using var transaction = connection.BeginTransaction();
            var sections = new List<(long Id, string Text)>();
            using (var select = Command(connection, transaction, "SELECT \"Id\", \"Text\" FROM \"item_section\" WHERE \"Text\" IS NOT NULL"))
            using (var reader = select.ExecuteReader())
                while (reader.Read())
                    sections.Add((reader.GetInt64(0), reader.GetString(1)));
            using var update = Command(connection, transaction, "UPDATE \"item_section\" SET \"Blocks\" = @blocks, \"Text\" = NULL WHERE \"Id\" = @id");
            var blocks = update.CreateParameter();
            blocks.ParameterName = "@blocks";
            var id = update.CreateParameter();
            id.ParameterName = "@id";
            update.Parameters.Add(blocks);
            update.Parameters.Add(id);
            foreach (var (sectionId, text) in sections)
            {
                blocks.Value = ModelJson.SerializeCompact(Read(text));
                id.Value = sectionId;
                update.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            if (opened)
                connection.Close();
        }
    }

    /// <summary>The blocks a legacy section text stands for.</summary>
    public static List<Block> Read(string text)
    {
        var blocks = new List<Block>();
        var table = new List<string>();
        void EndTable()
        {
            if (table.Count == 0)
                return;
            var header = table[0].Split('\t').ToValueList();
            var rows = table.Skip(1).Select(line => new TableRow(line.Split('\t').Select(c => new TableCell(c, DanishNumbers.Parse(c))).ToValueList()));
            blocks.Add(new TableBlock(new DataTable(header, rows.ToValueList())));
            table.Clear();
        }
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.Contains('\t'))
            {
                table.Add(line);
                continue;
            }
            EndTable();
            blocks.Add(new Paragraph(line));
        }
        EndTable();
        return blocks;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
