package org.gilpy.parser;

import static org.gilpy.grammar.PythonParser.*;

import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.gilpy.grammar.PythonLexerBase;
import org.gilpy.grammar.PythonParser;

/**
 * Turns a failed parse into the SyntaxError CPython 3.11 would report: the message for the common
 * mistakes ("expected ':'", "'(' was never closed", "Perhaps you forgot a comma?", missing
 * indented blocks...) and otherwise "invalid syntax", at the offending token.
 */
final class SyntaxErrors {
    private final SourceInfo src;
    private final List<Token> tokens;
    private final PythonLexerBase lexer;
    private final PythonParser parser;

    SyntaxErrors(SourceInfo src, CommonTokenStream stream, PythonLexerBase lexer, PythonParser parser) {
        this.src = src;
        this.tokens = stream.getTokens();
        this.lexer = lexer;
        this.parser = parser;
    }

    PySyntaxError convert(ParseCancellationException e) {
        ParseCancellationException simple = reparseAsSimpleStatement(e);
        return convertOnce(simple != null ? simple : e);
    }

    private Token offendingToken(ParseCancellationException e) {
        RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
        return re != null && re.getOffendingToken() != null ? re.getOffendingToken() : parser.getCurrentToken();
    }

    private PySyntaxError convertOnce(ParseCancellationException e) {
        RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
        Token tok = offendingToken(e);
        IntervalSet expected = IntervalSet.EMPTY_SET;
        try {
            if (re != null && re.getOffendingState() >= 0) {
                expected = re.getExpectedTokens();
            }
        } catch (RuntimeException ignored) {
            // no expectation known
        }
        return convert(tok, expected);
    }

    /**
     * A statement that starts with a name may read as a match statement for longer than as
     * anything else, and fail later than CPython's parser would: the failure of the same tokens
     * parsed as simple statements is the one CPython reports. Null when that is not the case.
     */
    private ParseCancellationException reparseAsSimpleStatement(ParseCancellationException failure) {
        if (!(failure.getCause() instanceof RecognitionException re)) {
            return null;
        }
        Token first = null;
        for (RuleContext r = re.getCtx(); r != null && first == null; r = r.parent) {
            if (r instanceof Match_stmtContext m) {
                first = m.start;
            }
        }
        if (first == null && re instanceof NoViableAltException nv
                && lineStart(nv.getStartToken().getTokenIndex()) == nv.getStartToken().getTokenIndex()) {
            first = nv.getStartToken();
        }
        if (first == null || first.getType() != NAME || first.getText().equals("match")
                || first.getTokenIndex() >= offendingToken(failure).getTokenIndex()) {
            return null;
        }
        parser.reset();
        parser.getTokenStream().seek(first.getTokenIndex());
        try {
            parser.simple_stmts();
            return null;
        } catch (ParseCancellationException e) {
            return e;
        }
    }

    private PySyntaxError convert(Token tok, IntervalSet expected) {
        int i = tok.getTokenIndex();
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        int type = tok.getType();

        PythonLexerBase.OpenBracket b = lexer.unclosedBracket();
        if (b != null && i > bracketIndex(b) && !commaBeforeMore(tok, prev)
                && !(type == COLON && prev != null && prev.getTokenIndex() == bracketIndex(b))) {
            // CPython's parser runs into the end of the input inside the bracket
            return error("SyntaxError", "'" + b.bracket() + "' was never closed", b.line(), b.col() + 1, b.line(), 0);
        }
        if (type == INDENT) {
            Token next = tokens.get(i + 1);
            return error("IndentationError", "unexpected indent", src.line(next), src.col(next), src.line(next), -1);
        }
        if (expected.contains(INDENT) && prev != null && prev.getType() == NEWLINE) {
            return expectedIndentedBlock(tok, i - 1);
        }
        int header = headerKeyword(i);
        if (expected.contains(COLON) && (type == NEWLINE || header == DEF
                || (prev != null && (prev.getType() == ELSE || prev.getType() == TRY || prev.getType() == FINALLY)))) {
            // CPython forces ':' after def, else, try and finally
            return errorAt("expected ':'", tok, type != NEWLINE);
        }
        if (expected.contains(LPAR) && header == DEF && prev != null && prev.getType() == NAME
                && i >= 2 && tokens.get(i - 2).getType() == DEF) {
            return errorAt("expected '('", tok, true);
        }
        if (type == COMMA && header == EXCEPT) {
            return exceptComma(i);
        }
        if ((expected.contains(EXCEPT) || expected.contains(FINALLY)) && !expected.contains(COLON)) {
            return errorAt("expected 'except' or 'finally' block", tok, true);
        }
        if (expected.contains(ELSE) && prev != null) {
            Token ifTok = findBack(i - 1, IF);
            if (ifTok != null) {
                int body = startOfOperand(ifTok.getTokenIndex() - 1);
                return range("expected 'else' after 'if' expression", tokens.get(body), prev);
            }
        }
        if (type == COMMA && i + 1 < tokens.size() && tokens.get(i + 1).getType() == NEWLINE
                && headerKeyword(i) == FROM) {
            return errorAt("trailing comma not allowed without surrounding parentheses", tokens.get(i + 1), false);
        }
        PySyntaxError legacy = legacyPrint(tok, prev);
        if (legacy != null) {
            return legacy;
        }
        if (type == ASSIGN && prev != null && prev.getType() == NAME && inCondition(i)) {
            int end = endOfOperand(i + 1);
            return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, tokens.get(end));
        }
        PySyntaxError comma = forgotComma(tok, prev);
        if (comma != null) {
            return comma;
        }
        return errorAt("invalid syntax", tok, true);
    }

    // ---- specific errors ----

    /** {@code except A, B:} (Python 2 style): from the first type to the end of the list. */
    private PySyntaxError exceptComma(int comma) {
        int start = lineStart(comma) + 1;
        int end = comma;
        while (end + 1 < tokens.size()) {
            int t = tokens.get(end + 1).getType();
            if (t == COLON || t == AS || t == NEWLINE || t == Token.EOF) {
                break;
            }
            end++;
        }
        return range("multiple exception types must be parenthesized", tokens.get(start), tokens.get(end));
    }

    private PySyntaxError expectedIndentedBlock(Token tok, int newlineIndex) {
        int colon = newlineIndex - 1;
        int kw = headerKeyword(colon + 1);
        Token first = tokens.get(lineStart(colon));
        String what = switch (kw) {
            case DEF -> "function definition";
            case CLASS -> "class definition";
            case IF -> "'if' statement";
            case ELIF -> "'elif' statement";
            case ELSE -> "'else' statement";
            case WHILE -> "'while' statement";
            case FOR -> "'for' statement";
            case TRY -> "'try' statement";
            case EXCEPT -> "'except' statement";
            case FINALLY -> "'finally' statement";
            case WITH -> "'with' statement";
            case NAME -> first.getText().equals("match") ? "'match' statement"
                    : first.getText().equals("case") ? "'case' statement" : null;
            default -> null;
        };
        String msg = what == null ? "expected an indented block"
                : "expected an indented block after " + what + " on line " + src.line(first);
        if (tok.getType() == Token.EOF || tok.getType() == DEDENT) {
            Token nl = tokens.get(newlineIndex);
            return error("IndentationError", msg, src.line(nl), src.col(nl) + 1, src.line(nl), -1).endOfInput();
        }
        int[] end = src.end(tok);
        return error("IndentationError", msg, src.line(tok), src.col(tok) + 1, end[0], end[1] + 1);
    }

    /** The keyword opening the logical line that contains token {@code i} (skipping a decorator-free 'async'). */
    private int headerKeyword(int i) {
        int start = lineStart(Math.max(0, i - 1));
        int t = tokens.get(start).getType();
        if (t == ASYNC && start + 1 < tokens.size()) {
            t = tokens.get(start + 1).getType();
        }
        return t;
    }

    /** The index of the first token of the logical line containing token {@code i}. */
    private int lineStart(int i) {
        int j = i;
        while (j > 0) {
            int t = tokens.get(j - 1).getType();
            if (t == NEWLINE || t == INDENT || t == DEDENT || t == SEMI) {
                break;
            }
            j--;
        }
        return j;
    }

    private PySyntaxError legacyPrint(Token tok, Token prev) {
        if (prev == null || prev.getType() != NAME || !(prev.getText().equals("print") || prev.getText().equals("exec"))) {
            return null;
        }
        if (lineStart(prev.getTokenIndex()) != prev.getTokenIndex() || !startsExpression(tok.getType())
                || tok.getType() == LPAR) {
            return null;
        }
        int end = tok.getTokenIndex();
        int depth = 0;
        while (end + 1 < tokens.size()) {
            int t = tokens.get(end + 1).getType();
            if (depth == 0 && (t == NEWLINE || t == SEMI || t == Token.EOF || t == COLON || t == ASSIGN)) {
                break;
            }
            if (t == LPAR || t == LSQB || t == LBRACE) {
                depth++;
            } else if (t == RPAR || t == RSQB || t == RBRACE) {
                depth--;
            }
            end++;
        }
        return range("Missing parentheses in call to '" + prev.getText() + "'. Did you mean " + prev.getText()
                + "(...)?", prev, tokens.get(end));
    }

    /** The index of the token of an open bracket. */
    private int bracketIndex(PythonLexerBase.OpenBracket b) {
        for (Token t : tokens) {
            if (t.getLine() == b.line() && t.getCharPositionInLine() == b.col()) {
                return t.getTokenIndex();
            }
        }
        return tokens.size();
    }

    /** A "forgot a comma" error whose second operand is followed by a comma or a closing bracket. */
    private boolean commaBeforeMore(Token tok, Token prev) {
        if (forgotComma(tok, prev) == null) {
            return false;
        }
        int end = endOfOperand(tok.getTokenIndex());
        int next = end + 1 < tokens.size() ? tokens.get(end + 1).getType() : Token.EOF;
        return next == COMMA || next == RPAR || next == RSQB || next == RBRACE;
    }

    private PySyntaxError forgotComma(Token tok, Token prev) {
        if (prev == null || !startsExpression(tok.getType()) || !endsExpression(prev.getType())
                || depthAt(tok.getTokenIndex()) == 0) {
            return null;
        }
        int kw = headerKeyword(tok.getTokenIndex());
        if (kw == FROM || kw == IMPORT) {
            return null;
        }
        int start = startOfOperand(prev.getTokenIndex());
        Token a = tokens.get(start);
        if (a.getType() == NAME && start + 1 < tokens.size() && tokens.get(start + 1).getType() == STRING) {
            return null;
        }
        if (a.getType() == NAME && (a.getText().equals("match") || a.getText().equals("case")
                || a.getText().equals("_"))) {
            return null;
        }
        int end = endOfOperand(tok.getTokenIndex());
        return range("invalid syntax. Perhaps you forgot a comma?", a, tokens.get(end));
    }

    private boolean inCondition(int i) {
        int kw = headerKeyword(i);
        return kw == IF || kw == ELIF || kw == WHILE;
    }

    private Token findBack(int from, int type) {
        int depth = 0;
        for (int j = from; j >= 0; j--) {
            int t = tokens.get(j).getType();
            if (t == RPAR || t == RSQB || t == RBRACE) {
                depth++;
            } else if (t == LPAR || t == LSQB || t == LBRACE) {
                if (depth == 0) {
                    return null;
                }
                depth--;
            } else if (depth == 0 && (t == NEWLINE || t == INDENT || t == DEDENT || t == COMMA)) {
                return null;
            } else if (depth == 0 && t == type) {
                return tokens.get(j);
            }
        }
        return null;
    }

    // ---- token classes and walking over operands ----

    private static boolean startsExpression(int t) {
        return switch (t) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, TILDE, NONE, TRUE, FALSE, ELLIPSIS, LAMBDA, NOT, AWAIT -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(int t) {
        return switch (t) {
            case NAME, NUMBER, STRING, RPAR, RSQB, RBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    private static boolean stopsOperand(int t) {
        return switch (t) {
            case COMMA, ASSIGN, COLON, COLONEQUAL, SEMI, NEWLINE, INDENT, DEDENT, IF, ELSE, FOR, ASYNC, LAMBDA,
                    RETURN, YIELD, ARROW, IMPORT, FROM, AS, DEL, ASSERT, RAISE, Token.EOF,
                    PLUSEQUAL, MINEQUAL, STAREQUAL, ATEQUAL, SLASHEQUAL, DOUBLESLASHEQUAL, PERCENTEQUAL,
                    AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL -> true;
            default -> false;
        };
    }

    /** The index of the first token of the operand that ends at token {@code i}. */
    private int startOfOperand(int i) {
        int j = i;
        int start = i;
        while (j >= 0) {
            int t = tokens.get(j).getType();
            if (t == RPAR || t == RSQB || t == RBRACE) {
                int depth = 0;
                while (j >= 0) {
                    int u = tokens.get(j).getType();
                    if (u == RPAR || u == RSQB || u == RBRACE) {
                        depth++;
                    } else if (u == LPAR || u == LSQB || u == LBRACE) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    j--;
                }
                start = Math.max(j, 0);
                j--;
                continue;
            }
            if (t == LPAR || t == LSQB || t == LBRACE || stopsOperand(t)) {
                break;
            }
            start = j;
            j--;
        }
        return start;
    }

    /** The index of the last token of the operand starting at token {@code i}. */
    private int endOfOperand(int i) {
        int j = i;
        int last = i;
        while (j < tokens.size()) {
            int t = tokens.get(j).getType();
            if (t == LPAR || t == LSQB || t == LBRACE) {
                int depth = 0;
                while (j < tokens.size()) {
                    int u = tokens.get(j).getType();
                    if (u == LPAR || u == LSQB || u == LBRACE) {
                        depth++;
                    } else if (u == RPAR || u == RSQB || u == RBRACE) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    j++;
                }
                last = Math.min(j, tokens.size() - 1);
                j++;
                continue;
            }
            if (t == RPAR || t == RSQB || t == RBRACE || stopsOperand(t)) {
                break;
            }
            if (j > i && endsExpression(tokens.get(last).getType()) && startsExpression(t) && last == j - 1) {
                break;
            }
            last = j;
            j++;
        }
        return last;
    }

    private int depthAt(int i) {
        int depth = 0;
        for (int j = 0; j < i; j++) {
            int t = tokens.get(j).getType();
            if (t == LPAR || t == LSQB || t == LBRACE) {
                depth++;
            } else if (t == RPAR || t == RSQB || t == RBRACE) {
                depth--;
            }
        }
        return depth;
    }

    // ---- building errors ----

    private PySyntaxError error(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return src.error(kind, msg, line, offset, endLine, endOffset);
    }

    /** An error at one token; layout tokens (NEWLINE, DEDENT, EOF) have an empty range. */
    private PySyntaxError errorAt(String msg, Token tok, boolean withEnd) {
        int line = src.line(tok);
        int col = src.col(tok);
        int type = tok.getType();
        if (type == DEDENT || type == Token.EOF) {
            Token next = tok;
            int j = tok.getTokenIndex();
            while (next.getType() == DEDENT && j + 1 < tokens.size()) {
                next = tokens.get(++j);
            }
            if (next.getType() != Token.EOF) {
                // CPython's DEDENT tokens have no column
                return error("SyntaxError", msg, src.line(next), 0, src.line(next), -1);
            }
            if (msg.equals("invalid syntax")) {
                // CPython's end marker: on the last line (blank ones count), before its first column
                int last = src.lineCount();
                return error("SyntaxError", msg, last, 0, last, 0);
            }
            // at the end of the input: just after the last real token
            Token before = lastRealToken(tok.getTokenIndex());
            if (before != null) {
                int[] end = src.end(before);
                line = end[0];
                col = end[1];
            }
            return error("SyntaxError", msg, line, col + 1, line, -1).endOfInput();
        }
        if (type == NEWLINE || !withEnd) {
            return error("SyntaxError", msg, line, col + 1, line, col + 1);
        }
        int[] end = src.end(tok);
        return error("SyntaxError", msg, line, col + 1, end[0], end[1] + 1);
    }

    private Token lastRealToken(int i) {
        for (int j = i - 1; j >= 0; j--) {
            int t = tokens.get(j).getType();
            if (t != NEWLINE && t != DEDENT && t != INDENT) {
                return tokens.get(j);
            }
        }
        return null;
    }

    private PySyntaxError range(String msg, Token from, Token to) {
        int[] end = src.end(to);
        return error("SyntaxError", msg, src.line(from), src.col(from) + 1, end[0], end[1] + 1);
    }
}
