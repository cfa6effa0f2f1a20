# statistics
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.median([3, 1, 2]), st.mean([1.5, 2.5]), st.multimode("aabbbcccd"), st.mode(["red", "blue", "red"]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), round(st.covariance(x, y), 10), st.linear_regression(x, y))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 10), round(nd.inv_cdf(0.5), 10), nd.mean, nd.stdev, round(nd.pdf(100), 12))
