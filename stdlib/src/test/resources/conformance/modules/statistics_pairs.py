# covariance, correlation and linear_regression: results and the errors they share
from statistics import covariance, correlation, linear_regression, StatisticsError
from fractions import Fraction
x, y = [1, 2, 3, 4, 5], [2, 4.5, 5, 8, 9.5]
print(covariance(x, y), correlation(x, y), linear_regression(x, y), linear_regression(x, y, proportional=True))
for f in (covariance, correlation, linear_regression):
    for a, b in (([1, 2], [1]), ([1], [2]), ([1, 1, 1], [1, 2, 3])):
        try:
            print(f.__name__, f(a, b))
        except StatisticsError as e:
            print(f.__name__, e)
