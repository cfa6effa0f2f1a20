# unittest: run a suite programmatically; results are printed to stdout by this program
import unittest, io
class MathTests(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]
    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])
    def test_sum(self):
        self.assertEqual(sum(self.values), 6)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_failure(self):
        self.assertEqual(1 + 1, 3, "deliberate failure")
    def test_error(self):
        raise RuntimeError("deliberate error")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    def test_asserts(self):
        self.assertTrue(True)
        self.assertIn(2, self.values)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertRegex("hello123", r"\d+")
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
suite = unittest.TestLoader().loadTestsFromTestCase(MathTests)
print("tests found:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("run:", result.testsRun)
print("failures:", sorted(t.id().split(".")[-1] for t, _ in result.failures))
print("errors:", sorted(t.id().split(".")[-1] for t, _ in result.errors))
print("skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("successful:", result.wasSuccessful())
print("deliberate failure" in result.failures[0][1] if result.failures else None)
