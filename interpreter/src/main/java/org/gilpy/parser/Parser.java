package org.gilpy.parser;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.grammar.PythonLexer;
import org.gilpy.grammar.PythonLexerBase;
import org.gilpy.grammar.PythonParser;

/**
 * gilpy's front end: Python source text to gilpy's AST ({@link Mod}).
 *
 * <p>Tokens come from the ANTLR lexer plus {@link PythonLexerBase} (layout and tokenizer errors);
 * parsing is two-stage: the fast SLL prediction mode first, full LL only when SLL fails; a parse
 * that fails under LL too is turned into a CPython-worded {@link PySyntaxError} by
 * {@link SyntaxErrors}. The parse tree is then turned into AST records by {@link AstBuilder}.
 */
public final class Parser {
    /** How many parses needed the slow LL stage (SLL failed); for tests and tuning. */
    static final java.util.concurrent.atomic.AtomicLong LL_FALLBACKS = new java.util.concurrent.atomic.AtomicLong();

    private Parser() {}

    /**
     * Parses {@code source} as CPython's {@code compile(source, filename, mode)} would.
     *
     * @throws PySyntaxError for any syntax, indentation or tab error, worded as CPython 3.11 does
     */
    public static Mod parse(String source, String filename, Mode mode) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0,
                    null, 0, 0);
        }
        String text = normalizeNewlines(source);
        SourceInfo src = new SourceInfo(filename, SourceInfo.splitLines(text), 0, 0, "");
        try {
            return run(text, src, mode);
        } catch (StackOverflowError e) {
            // CPython raises RecursionError ("maximum recursion depth exceeded during compilation")
            throw new PySyntaxError("SyntaxError", "too complex to parse: expressions nested too deeply", filename,
                    1, 0, src.lineText(1), 0, 0);
        }
    }

    /**
     * Loads and initializes the lexer and parser (ATN deserialization, first DFA states) by parsing
     * a small program. Optional: a launcher may call it on a background thread at start-up so that
     * the first real {@link #parse} is faster.
     */
    public static void preload() {
        parse("import a.b as c\nfrom . import d\n@f\ndef g(x, *a, k=1, **kw) -> int:\n"
                + "    global y\n    if not x and y or z: return [i for i in x if i]\n"
                + "    while x[1:2] < 3: x += -1; break\n    return {1: 'a', **kw}, f'{x!r:>3}', (yield), lambda: 0\n"
                + "class C(B):\n    try:\n        pass\n    except E as e:\n        raise\n    finally:\n"
                + "        del a.b\n    with a as b: assert x, 1.5\n", "<preload>", Mode.EXEC);
    }

    /** Parses a string as an expression ({@code eval} mode); a shortcut for {@link #parse}. */
    public static Expr parseExpression(String source, String filename) {
        return ((Mod.Expression) parse(source, filename, Mode.EVAL)).body();
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Mod run(String text, SourceInfo src, Mode mode) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        try {
            tokens.fill();
        } catch (PythonLexerBase.TokenizerError e) {
            int shift = e.line == 1 ? src.colDelta : 0;
            int endShift = e.endLine == 1 ? src.colDelta : 0;
            throw src.error(e.kind, e.msg, e.line + src.lineDelta, e.offset + shift, e.endLine + src.lineDelta,
                    e.endOffset > 0 ? e.endOffset + endShift : e.endOffset);
        }
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        ParserRuleContext tree;
        try {
            tree = start(parser, mode);
        } catch (ParseCancellationException sllFailed) {
            LL_FALLBACKS.incrementAndGet();
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = start(parser, mode);
            } catch (ParseCancellationException e) {
                throw new SyntaxErrors(src, tokens, lexer, parser).convert(e);
            }
        }
        src.tokens = tokens.getTokens();
        AstBuilder builder = new AstBuilder(src, (exprText, line, col) -> fstringExpr(src, exprText, line, col));
        return switch (mode) {
            case EXEC -> builder.module((PythonParser.File_inputContext) tree);
            case EVAL -> builder.expression((PythonParser.Eval_inputContext) tree);
            case SINGLE -> builder.interactive((PythonParser.Single_inputContext) tree);
        };
    }

    private static ParserRuleContext start(PythonParser parser, Mode mode) {
        return switch (mode) {
            case EXEC -> parser.file_input();
            case EVAL -> parser.eval_input();
            case SINGLE -> parser.single_input();
        };
    }

    /** The expression of an f-string replacement field, parsed in parentheses as CPython 3.11 does. */
    private static Expr fstringExpr(SourceInfo outer, String exprText, int line, int col) {
        SourceInfo src = new SourceInfo(outer.filename, outer.lines(), line - 1, col - 1, "f-string: ");
        String text = "(" + exprText + ")";
        try {
            return ((Mod.Expression) run(text, src, Mode.EVAL)).body();
        } catch (PySyntaxError e) {
            // CPython 3.11 reports these relative to the parenthesized expression text
            String[] sub = SourceInfo.splitLines(text);
            int rel = e.lineno - src.lineDelta;
            int shift = rel == 1 ? src.colDelta : 0;
            int endShift = e.endLineno - src.lineDelta == 1 ? src.colDelta : 0;
            throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset - shift,
                    rel >= 1 && rel <= sub.length ? sub[rel - 1] : e.text, e.endLineno,
                    e.endOffset > 0 ? e.endOffset - endShift : e.endOffset);
        }
    }
}
