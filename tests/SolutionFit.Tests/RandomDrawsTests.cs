namespace SolutionFit.Tests;

/// <summary>The draws reproduce the published test vectors bit for bit.</summary>
public sealed class RandomDrawsTests
{
    [Theory]
    [InlineData(0UL, 0xE220A8397B1DCDAFUL)]
    [InlineData(1UL, 0x910A2DEC89025CC1UL)]
    public void SplitMix64_TestVectors_Match(ulong z, ulong expected) =>
        Assert.Equal(expected, RandomDraws.SplitMix64(z));

    [Theory]
    [InlineData(1UL, 0UL, new[] { 0, 2, 0 })]
    [InlineData(1UL, 1UL, new[] { 0, 0, 1 })]
    [InlineData(1UL, 2UL, new[] { 0, 1, 0 })]
    [InlineData(1UL, 3UL, new[] { 0, 0, 1 })]
    [InlineData(1UL, 4UL, new[] { 1, 1, 0 })]
    [InlineData(20250917UL, 0UL, new[] { 1, 1, 1 })]
    [InlineData(20250917UL, 1UL, new[] { 1, 1, 0 })]
    [InlineData(20250917UL, 2UL, new[] { 0, 0, 0 })]
    [InlineData(20250917UL, 3UL, new[] { 0, 1, 0 })]
    [InlineData(20250917UL, 4UL, new[] { 1, 1, 1 })]
    [InlineData(18446744073709551557UL, 0UL, new[] { 1, 3, 1 })]
    [InlineData(18446744073709551557UL, 1UL, new[] { 2, 1, 1 })]
    [InlineData(18446744073709551557UL, 2UL, new[] { 2, 2, 0 })]
    [InlineData(18446744073709551557UL, 3UL, new[] { 1, 0, 2 })]
    [InlineData(18446744073709551557UL, 4UL, new[] { 0, 0, 0 })]
    public void PoissonMultiplier_TestVectors_Match(ulong seed, ulong row, int[] expected)
    {
        for (int b = 0; b < expected.Length; b++)
        {
            Assert.Equal(expected[b], RandomDraws.PoissonMultiplier(seed, row, (ulong)b));
        }
    }

    [Theory]
    [InlineData(1UL, 0UL, 0.03832463879015213)]
    [InlineData(1UL, 1UL, 0.2365951682655515)]
    [InlineData(1UL, 2UL, 0.06484153142793803)]
    [InlineData(1UL, 3UL, 0.26978644581807565)]
    [InlineData(1UL, 4UL, 0.5727470985204823)]
    [InlineData(18446744073709551557UL, 0UL, 0.7103500412083364)]
    public void Uniform_TestVectors_MatchBitForBit(ulong seed, ulong row, double expected) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(RandomDraws.Uniform(seed, row, 0)));

    [Fact]
    public void PoissonMultiplier_MillionDraws_SumSquaresAndHashMatch()
    {
        long sum = 0, squares = 0;
        ulong hash = 0;
        for (ulong r = 0; r < 1000; r++)
        {
            for (ulong b = 0; b < 1000; b++)
            {
                int k = RandomDraws.PoissonMultiplier(12345, r, b);
                sum += k;
                squares += k * k;
                hash = unchecked((hash * 31) + (ulong)k);
            }
        }

        Assert.Equal(999647, sum);
        Assert.Equal(2001745, squares);
        Assert.Equal(8503003792257840363UL, hash);
    }

    [Theory]
    [InlineData(0UL, 0UL, new[] { 0.635519706261054, 0.21510904710942214, 0.34434483683292694 })]
    [InlineData(0UL, 1UL, new[] { 0.17139380605633547, 0.8529308801067891, 0.5319339543460958 })]
    [InlineData(1UL, 0UL, new[] { 0.10974820492043547, 0.8585299800816358, 0.09853748975291587 })]
    [InlineData(1UL, 1UL, new[] { 0.35766053007851584, 0.4681261947429425, 0.23022985966157028 })]
    public void Perturbation_TestVectors_MatchBitForBit(ulong customer, ulong sample, double[] expected)
    {
        for (int j = 0; j < expected.Length; j++)
        {
            Assert.Equal(
                BitConverter.DoubleToInt64Bits(expected[j]),
                BitConverter.DoubleToInt64Bits(RandomDraws.Perturbation(1, customer, sample, (ulong)j)));
        }
    }

    [Fact]
    public void Perturbation_PublishedImportance_MatchesBitForBit()
    {
        double u = RandomDraws.Perturbation(1, 0, 0, 0);
        double importance = Math.Clamp(0.6 + (0.2 * ((2 * u) - 1)), 0, 1);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.6542078825044216), BitConverter.DoubleToInt64Bits(importance));
    }

    [Theory]
    [InlineData(0UL, new[] { 0.5343092864961954, 0.026901910799164333, 0.40669360003834215, 0.032095202666298256 })]
    [InlineData(1UL, new[] { 0.3168055663588747, 0.45052737974118634, 0.1446132598418613, 0.08805379405807781 })]
    [InlineData(2UL, new[] { 0.5191931232578849, 0.16261769890246874, 0.21296542175011532, 0.10522375608953106 })]
    public void SimplexUniform_PublishedWeights_Match(ulong sample, double[] expected)
    {
        double[] e = new double[expected.Length];
        double total = 0;
        for (int j = 0; j < e.Length; j++)
        {
            e[j] = -Math.Log(RandomDraws.SimplexUniform(1, sample, (ulong)j));
            total += e[j];
        }

        for (int j = 0; j < e.Length; j++)
        {
            Assert.Equal(expected[j], e[j] / total, 1e-15);
        }
    }

    [Fact]
    public void SimplexUniform_IsPoissonUniformPlusOneUnit()
    {
        for (ulong s = 0; s < 50; s++)
        {
            for (ulong j = 0; j < 5; j++)
            {
                Assert.Equal(RandomDraws.Uniform(7, s, j) + Math.ScaleB(1, -53), RandomDraws.SimplexUniform(7, s, j));
            }
        }
    }
}
