namespace SolutionFit;

/// <summary>
/// A customer compiled against a <see cref="SolutionCatalog"/>: per goal kind, the columns to read and their weights,
/// in the customer's goal order, plus the totals and thresholds the kernel needs. Reusable: compiling another customer
/// into it reuses its buffers.
/// </summary>
internal sealed class CustomerPlan
{
    public GoalTerms MustHaves { get; } = new();

    public GoalTerms Performance { get; } = new();

    public GoalTerms Delighters { get; } = new();

    /// <summary>Gets the total weight <c>W</c> of the must-haves of positive weight.</summary>
    public double MustWeight { get; private set; }

    /// <summary>Gets a value indicating whether a must-have of positive weight is mentioned by no solution, so that every fit is 0.</summary>
    public bool MustHaveMissing { get; private set; }

    /// <summary>Gets the total weight of the performance goals, whether the catalog mentions them or not.</summary>
    public double PerformanceWeight { get; private set; }

    /// <summary>Gets a value indicating whether the customer gave price thresholds; the four below and the two heights are then set.</summary>
    public bool HasThresholds { get; private set; }

    public double TooCheap { get; private set; }

    public double Cheap { get; private set; }

    public double Expensive { get; private set; }

    public double TooExpensive { get; private set; }

    public double HappinessAtZeroPrice { get; private set; }

    public double HappinessAtExpensive { get; private set; }

    public CustomerProfile Customer { get; private set; } = null!;

    /// <summary>Compiles <paramref name="customer"/> against <paramref name="catalog"/>, replacing what the plan held.</summary>
    public void Compile(SolutionCatalog catalog, CustomerProfile customer) => Compile(catalog, customer, []);

    /// <summary>
    /// Compiles <paramref name="customer"/> against <paramref name="catalog"/> with each goal's importance taken from
    /// <paramref name="importances"/> (in the customer's goal order; empty for the goals' own), replacing what the plan held.
    /// </summary>
    public void Compile(SolutionCatalog catalog, CustomerProfile customer, ReadOnlySpan<double> importances)
    {
        var goals = customer.GoalSpan;
        var own = importances.IsEmpty;
        MustHaves.Reset(goals.Length);
        Performance.Reset(goals.Length);
        Delighters.Reset(goals.Length);
        MustWeight = 0.0;
        MustHaveMissing = false;
        PerformanceWeight = 0.0;

        // Terms of weight 0, and goals no solution mentions (achievement 0), add exactly 0 to a sum: they are left out.
        for (var i = 0; i < goals.Length; i++)
        {
            var goal = goals[i];
            var weight = own ? catalog.Scorer.Weight(goal) : catalog.Scorer.Weight(importances[i], goal.CurrentSatisfaction);
            var mentioned = catalog.TryGetColumn(goal.Id, out var column);
            switch (goal.Kind)
            {
                case GoalKind.MustHave when weight > 0.0:
                    MustWeight += weight;
                    if (mentioned)
                    {
                        MustHaves.Add(catalog.LogAchievementColumn(column), weight);
                    }
                    else
                    {
                        MustHaveMissing = true;
                    }

                    break;
                case GoalKind.Performance:
                    PerformanceWeight += weight;
                    if (mentioned && weight > 0.0)
                    {
                        Performance.Add(catalog.AchievementColumn(column), weight);
                    }

                    break;
                case GoalKind.Delighter when mentioned && weight > 0.0:
                    Delighters.Add(catalog.AchievementColumn(column), weight);
                    break;
            }
        }

        var thresholds = customer.PriceThresholds;
        HasThresholds = thresholds is not null;
        (TooCheap, Cheap, Expensive, TooExpensive) = thresholds is { } t ? (t.TooCheap, t.Cheap, t.Expensive, t.TooExpensive) : default;
        HappinessAtZeroPrice = catalog.Scorer.Policy.HappinessAtZeroPrice;
        HappinessAtExpensive = catalog.Scorer.Policy.HappinessAtExpensive;
        Customer = customer;
    }

    /// <summary>The columns and weights of one kind of goal.</summary>
    internal sealed class GoalTerms
    {
        public double[][] Columns { get; private set; } = [];

        public double[] Weights { get; private set; } = [];

        public int Count { get; private set; }

        public void Reset(int capacity)
        {
            if (Columns.Length < capacity)
            {
                Columns = new double[capacity][];
                Weights = new double[capacity];
            }

            Count = 0;
        }

        public void Add(double[] column, double weight)
        {
            Columns[Count] = column;
            Weights[Count] = weight;
            Count++;
        }
    }
}
