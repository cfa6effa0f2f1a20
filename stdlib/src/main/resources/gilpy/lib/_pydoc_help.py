"""pydoc's Helper: help(obj), and help() as the interactive help utility at a "help> " prompt.

It says what CPython 3.11's says, word for word; the keyword, symbol and topic pages
themselves are CPython's pydoc_data, which gilpy does not have, so asking for one prints the
notice CPython prints without it.
"""

import sys

import pydoc

_KEYWORDS = ("False None True and as assert async await break class continue def del elif else except "
             "finally for from global if import in is lambda nonlocal not or pass raise return try while "
             "with yield").split()
_SYMBOLS = ["!=", '"', '"""', "%", "%=", "&", "&=", "'", "'''", "(", ")", "*", "**", "**=", "*=", "+", "+=",
            ",", "-", "-=", ".", "...", "/", "//", "//=", "/=", ":", "<", "<<", "<<=", "<=", "<>", "==", ">",
            ">=", ">>", ">>=", "@", "J", "[", "\\", "]", "^", "^=", "_", "__", "`", 'b"', "b'", 'f"', "f'",
            "j", 'r"', "r'", 'u"', "u'", "|", "|=", "~"]
_TOPICS = ("ASSERTION ASSIGNMENT ATTRIBUTEMETHODS ATTRIBUTES AUGMENTEDASSIGNMENT BASICMETHODS BINARY BITWISE "
           "BOOLEAN CALLABLEMETHODS CALLS CLASSES CODEOBJECTS COMPARISON COMPLEX CONDITIONAL CONTEXTMANAGERS "
           "CONVERSIONS DEBUGGING DELETION DICTIONARIES DICTIONARYLITERALS DYNAMICFEATURES ELLIPSIS EXCEPTIONS "
           "EXECUTION EXPRESSIONS FLOAT FORMATTING FRAMEOBJECTS FRAMES FUNCTIONS IDENTIFIERS IMPORTING INTEGER "
           "LISTLITERALS LISTS LITERALS LOOPING MAPPINGMETHODS MAPPINGS METHODS MODULES NAMESPACES NONE "
           "NUMBERMETHODS NUMBERS OBJECTS OPERATORS PACKAGES POWER PRECEDENCE PRIVATENAMES RETURNING SCOPING "
           "SEQUENCEMETHODS SEQUENCES SHIFTING SLICINGS SPECIALATTRIBUTES SPECIALIDENTIFIERS SPECIALMETHODS "
           "STRINGMETHODS STRINGS SUBSCRIPTS TRACEBACKS TRUTHVALUE TUPLELITERALS TUPLES TYPEOBJECTS TYPES "
           "UNARY UNICODE").split()

_INTRO = """\
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
"""

_OUTRO = """
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
"""

_NO_TOPICS = """
Sorry, topic and keyword documentation is not available because the
module "pydoc_data.topics" could not be found.
"""


class _GoInteractive:
    """help() without an argument."""


class Helper:
    """help(request): the page of an object or name; help(): the interactive help utility."""

    __module__ = "pydoc"  # pydoc's public class, kept in a file of its own

    keywords = dict.fromkeys(_KEYWORDS, "")
    symbols = dict.fromkeys(_SYMBOLS, "")
    topics = dict.fromkeys(_TOPICS, "")

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return "<%s.%s instance>" % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=_GoInteractive):
        if request is not _GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                self.output.write(f"{e}\n")
        else:
            self.intro()
            self.interact()
            self.output.write(_OUTRO)

    def interact(self):
        self.output.write("\n")
        while True:
            try:
                request = self.getline("help> ")
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            # 'len' asks for len; keep a quote that belongs to a literal such as '"""'.
            if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
                request = request[1:-1]
            if request.lower() in ("q", "quit"):
                break
            if request == "help":
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        """One line of input: input() on sys.stdin, so the prompt is its."""
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request == "keywords":
                self.listkeywords()
            elif request == "symbols":
                self.listsymbols()
            elif request == "topics":
                self.listtopics()
            elif request == "modules":
                self.listmodules()
            elif request[:8] == "modules ":
                self.listmodules(request.split()[1])
            elif request in self.symbols:
                self.showsymbol(request)
            elif request in ("True", "False", "None"):
                # Keywords that are objects too: their pages are their types'.
                pydoc.doc({"True": True, "False": False, "None": None}[request], "Help on %s:", is_cli=is_cli)
            elif request in self.keywords or request in self.topics:
                self.showtopic(request)
            else:
                pydoc.doc(request or str, "Help on %s:", output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            pydoc.doc(request, "Help on %s:", output=self._output, is_cli=is_cli)
        self.output.write("\n")

    def intro(self):
        self.output.write(_INTRO.format("%d.%d" % sys.version_info[:2]))

    def list(self, items, columns=4, width=80):
        """items sorted, in columns filled top to bottom."""
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(" " + " " * (colw - 1 - len(items[i])))
            self.output.write("\n")

    def listkeywords(self):
        self.output.write("\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n")
        self.list(self.keywords.keys())

    def listsymbols(self):
        self.output.write("\nHere is a list of the punctuation symbols which Python assigns special meaning\n"
                          "to. Enter any symbol to get more help.\n\n")
        self.list(self.symbols.keys())

    def listtopics(self):
        self.output.write("\nHere is a list of available topics.  Enter any topic name to get more help.\n\n")
        self.list(self.topics.keys())

    def showtopic(self, topic, more_xrefs=""):
        self.output.write(_NO_TOPICS)

    def showsymbol(self, symbol):
        self.showtopic(symbol)

    def listmodules(self, key=""):
        """The modules gilpy has loaded or has built in (it does not scan sys.path for more)."""
        names = {name.partition(".")[0] for name in sys.modules} | set(sys.builtin_module_names)
        names.discard("__main__")
        if key:
            self.output.write("\nHere is a list of modules whose name or summary contains '{}'.\n"
                              "If there are any, enter a module name to get more help.\n\n".format(key))
            for name in sorted(names):
                if key.lower() in name.lower():
                    self.output.write(name + "\n")
        else:
            self.output.write("\nPlease wait a moment while I gather a list of all available modules...\n\n")
            self.list(names)
            self.output.write("\nEnter any module name to get more help.  Or, type \"modules spam\" to search\n"
                              "for modules whose name or summary contain the string \"spam\".\n")
