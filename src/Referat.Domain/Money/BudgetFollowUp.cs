namespace Referat.Domain;

/// <summary>What a column of a budget follow-up table (budgetopfølgning, regnskab) measures.</summary>
public enum BudgetMeasure
{
    /// <summary>Vedtaget budget: the budget the council adopted.</summary>
    AdoptedBudget,
    /// <summary>Korrigeret budget: the adopted budget with the year's appropriations.</summary>
    CorrectedBudget,
    /// <summary>Regnskab: the accounts.</summary>
    Accounts,
    /// <summary>Forventet regnskab: the accounts as now expected.</summary>
    ExpectedAccounts,
    /// <summary>Afvigelse, difference: accounts against the (corrected) budget.</summary>
    Deviation,
    /// <summary>Overførsel: what is carried over to the next year.</summary>
    CarryOver,
}

/// <summary>A column of a budget follow-up table: its header as printed, what it measures, and the year it names
/// (the table's price level year when the header names none).</summary>
public sealed record BudgetColumn(string Header, BudgetMeasure Measure, int? Year);

/// <summary>A row: the area it is about (a committee, an activity area), whether it is the total of rows under it,
/// and the amount in kroner for each column (null where the cell is empty).</summary>
public sealed record BudgetRow(string Area, bool IsTotal, ValueList<long?> Kr);

/// <summary>A budget follow-up table read as data: its columns with their meaning, the rows in kroner, the price level,
/// and what its printed totals say that their rows do not.</summary>
public sealed record BudgetFollowUpTable(
    ValueList<BudgetColumn> Columns, ValueList<BudgetRow> Rows, int? PriceLevel, long KronerPerUnit, ValueList<string> Warnings);
