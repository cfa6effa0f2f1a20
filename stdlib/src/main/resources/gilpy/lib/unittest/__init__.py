"""Python unit testing framework: TestCase, TestSuite, TestLoader, TextTestRunner and main().

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def test_add(self):
            self.assertEqual((1 + 2), 3)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TextTestRunner", "TestLoader",
           "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler", "registerResult", "removeResult",
           "removeHandler", "addModuleCleanup", "doModuleCleanups", "getTestCaseNames", "makeSuite",
           "findTestCases", "enterModuleContext"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult
