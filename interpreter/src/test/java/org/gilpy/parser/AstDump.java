package org.gilpy.parser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.gilpy.ast.Alias;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOp;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.MatchCase;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Node;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pattern;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.UnaryOperator;
import org.gilpy.ast.WithItem;

/**
 * Dumps gilpy's AST in the format of CPython's {@code ast.dump(tree)} (and, with positions, of
 * {@code ast.dump(tree, include_attributes=True)}), so that expectations can be produced and
 * checked with python3.
 */
final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final boolean positions;

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    static String dump(Object node) {
        return dump(node, false);
    }

    static String dump(Object node, boolean positions) {
        AstDump d = new AstDump(positions);
        d.value(node);
        return d.sb.toString();
    }

    // ---- generic helpers ----

    private AstDump open(String name) {
        sb.append(name).append('(');
        return this;
    }

    private AstDump field(String name, Object value) {
        if (value == null) {
            return this;
        }
        sep();
        sb.append(name).append('=');
        value(value);
        return this;
    }

    private void sep() {
        if (sb.charAt(sb.length() - 1) != '(') {
            sb.append(", ");
        }
    }

    private void close(Node n) {
        if (positions && n != null && n.at() != null) {
            Span s = n.at();
            sep();
            sb.append("lineno=").append(s.line()).append(", col_offset=").append(s.col())
                    .append(", end_lineno=").append(s.endLine()).append(", end_col_offset=").append(s.endCol());
        }
        sb.append(')');
    }

    private void list(List<?> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object x = items.get(i);
            if (x == null) {
                sb.append("None");
            } else {
                value(x);
            }
        }
        sb.append(']');
    }

    private void value(Object v) {
        if (v instanceof List<?> l) {
            list(l);
        } else if (v instanceof String s) {
            sb.append(repr(s));
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Enum<?> e) {
            sb.append(enumName(e)).append("()");
        } else if (v instanceof Mod m) {
            mod(m);
        } else if (v instanceof Stmt s) {
            stmt(s);
        } else if (v instanceof Pattern p) {
            pattern(p);
        } else if (v instanceof Expr e) {
            expr(e);
        } else {
            other(v);
        }
    }

    private static String enumName(Enum<?> e) {
        if (e instanceof Ctx c) {
            return switch (c) { case LOAD -> "Load"; case STORE -> "Store"; case DEL -> "Del"; };
        }
        if (e instanceof BoolOperator b) {
            return b == BoolOperator.AND ? "And" : "Or";
        }
        if (e instanceof Operator o) {
            return switch (o) {
                case ADD -> "Add"; case SUB -> "Sub"; case MULT -> "Mult"; case MATMULT -> "MatMult";
                case DIV -> "Div"; case MOD -> "Mod"; case POW -> "Pow"; case LSHIFT -> "LShift";
                case RSHIFT -> "RShift"; case BITOR -> "BitOr"; case BITXOR -> "BitXor"; case BITAND -> "BitAnd";
                case FLOORDIV -> "FloorDiv";
            };
        }
        if (e instanceof UnaryOperator u) {
            return switch (u) { case INVERT -> "Invert"; case NOT -> "Not"; case UADD -> "UAdd"; case USUB -> "USub"; };
        }
        if (e instanceof CmpOp c) {
            return switch (c) {
                case EQ -> "Eq"; case NOTEQ -> "NotEq"; case LT -> "Lt"; case LTE -> "LtE"; case GT -> "Gt";
                case GTE -> "GtE"; case IS -> "Is"; case ISNOT -> "IsNot"; case IN -> "In"; case NOTIN -> "NotIn";
            };
        }
        return e.name();
    }

    private void mod(Mod m) {
        if (m instanceof Mod.Module mm) {
            open("Module").field("body", mm.body()).field("type_ignores", List.of());
        } else if (m instanceof Mod.Interactive mi) {
            open("Interactive").field("body", mi.body());
        } else {
            open("Expression").field("body", ((Mod.Expression) m).body());
        }
        sb.append(')');
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef").field("name", f.name()).field("args", f.args())
                    .field("body", f.body()).field("decorator_list", f.decorators()).field("returns", f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            open("ClassDef").field("name", c.name()).field("bases", c.bases()).field("keywords", c.keywords())
                    .field("body", c.body()).field("decorator_list", c.decorators());
        } else if (s instanceof Stmt.Return r) {
            open("Return").field("value", r.value());
        } else if (s instanceof Stmt.Delete d) {
            open("Delete").field("targets", d.targets());
        } else if (s instanceof Stmt.Assign a) {
            open("Assign").field("targets", a.targets()).field("value", a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            open("AugAssign").field("target", a.target()).field("op", a.op()).field("value", a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            open("AnnAssign").field("target", a.target()).field("annotation", a.annotation())
                    .field("value", a.value()).field("simple", a.simple() ? 1 : 0);
        } else if (s instanceof Stmt.For f) {
            open(f.isAsync() ? "AsyncFor" : "For").field("target", f.target()).field("iter", f.iter())
                    .field("body", f.body()).field("orelse", f.orelse());
        } else if (s instanceof Stmt.While w) {
            open("While").field("test", w.test()).field("body", w.body()).field("orelse", w.orelse());
        } else if (s instanceof Stmt.If i) {
            open("If").field("test", i.test()).field("body", i.body()).field("orelse", i.orelse());
        } else if (s instanceof Stmt.With w) {
            open(w.isAsync() ? "AsyncWith" : "With").field("items", w.items()).field("body", w.body());
        } else if (s instanceof Stmt.Raise r) {
            open("Raise").field("exc", r.exc()).field("cause", r.cause());
        } else if (s instanceof Stmt.Match m) {
            open("Match").field("subject", m.subject()).field("cases", m.cases());
        } else if (s instanceof Stmt.Try t) {
            open(t.star() ? "TryStar" : "Try").field("body", t.body()).field("handlers", t.handlers()).field("orelse", t.orelse())
                    .field("finalbody", t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            open("Assert").field("test", a.test()).field("msg", a.msg());
        } else if (s instanceof Stmt.Import i) {
            open("Import").field("names", i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            open("ImportFrom").field("module", i.module()).field("names", i.names()).field("level", i.level());
        } else if (s instanceof Stmt.Global g) {
            open("Global").field("names", g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            open("Nonlocal").field("names", n.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            open("Expr").field("value", e.value());
        } else if (s instanceof Stmt.Pass) {
            open("Pass");
        } else if (s instanceof Stmt.Break) {
            open("Break");
        } else if (s instanceof Stmt.Continue) {
            open("Continue");
        } else {
            throw new IllegalArgumentException(s.toString());
        }
        close(s);
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            open("MatchValue").field("value", v.value());
        } else if (p instanceof Pattern.MatchSingleton s) {
            open("MatchSingleton");
            sb.append("value=").append(constant(s.value()));
        } else if (p instanceof Pattern.MatchSequence q) {
            open("MatchSequence").field("patterns", q.patterns());
        } else if (p instanceof Pattern.MatchMapping m) {
            open("MatchMapping").field("keys", m.keys()).field("patterns", m.patterns()).field("rest", m.rest());
        } else if (p instanceof Pattern.MatchClass c) {
            open("MatchClass").field("cls", c.cls()).field("patterns", c.patterns()).field("kwd_attrs", c.kwdAttrs())
                    .field("kwd_patterns", c.kwdPatterns());
        } else if (p instanceof Pattern.MatchStar st) {
            open("MatchStar").field("name", st.name());
        } else if (p instanceof Pattern.MatchAs a) {
            open("MatchAs").field("pattern", a.pattern()).field("name", a.name());
        } else {
            open("MatchOr").field("patterns", ((Pattern.MatchOr) p).patterns());
        }
        close(p);
    }

    private void expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            open("BoolOp").field("op", b.op()).field("values", b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            open("NamedExpr").field("target", n.target()).field("value", n.value());
        } else if (e instanceof Expr.BinOp b) {
            open("BinOp").field("left", b.left()).field("op", b.op()).field("right", b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            open("UnaryOp").field("op", u.op()).field("operand", u.operand());
        } else if (e instanceof Expr.Lambda l) {
            open("Lambda").field("args", l.args()).field("body", l.body());
        } else if (e instanceof Expr.IfExp i) {
            open("IfExp").field("test", i.test()).field("body", i.body()).field("orelse", i.orelse());
        } else if (e instanceof Expr.DictExpr d) {
            open("Dict").field("keys", d.keys()).field("values", d.values());
        } else if (e instanceof Expr.SetExpr s) {
            open("Set").field("elts", s.elts());
        } else if (e instanceof Expr.ListComp c) {
            open("ListComp").field("elt", c.elt()).field("generators", c.generators());
        } else if (e instanceof Expr.SetComp c) {
            open("SetComp").field("elt", c.elt()).field("generators", c.generators());
        } else if (e instanceof Expr.DictComp c) {
            open("DictComp").field("key", c.key()).field("value", c.value()).field("generators", c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            open("GeneratorExp").field("elt", c.elt()).field("generators", c.generators());
        } else if (e instanceof Expr.Await a) {
            open("Await").field("value", a.value());
        } else if (e instanceof Expr.Yield y) {
            open("Yield").field("value", y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            open("YieldFrom").field("value", y.value());
        } else if (e instanceof Expr.Compare c) {
            open("Compare").field("left", c.left()).field("ops", c.ops()).field("comparators", c.comparators());
        } else if (e instanceof Expr.Call c) {
            open("Call").field("func", c.func()).field("args", c.args()).field("keywords", c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            open("FormattedValue").field("value", f.value()).field("conversion", f.conversion())
                    .field("format_spec", f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            open("JoinedStr").field("values", j.values());
        } else if (e instanceof Expr.Constant c) {
            open("Constant");
            sb.append("value=").append(constant(c.value()));
        } else if (e instanceof Expr.Attribute a) {
            open("Attribute").field("value", a.value()).field("attr", a.attr()).field("ctx", a.ctx());
        } else if (e instanceof Expr.Subscript s) {
            open("Subscript").field("value", s.value()).field("slice", s.slice()).field("ctx", s.ctx());
        } else if (e instanceof Expr.Starred s) {
            open("Starred").field("value", s.value()).field("ctx", s.ctx());
        } else if (e instanceof Expr.Name n) {
            open("Name").field("id", n.id()).field("ctx", n.ctx());
        } else if (e instanceof Expr.ListExpr l) {
            open("List").field("elts", l.elts()).field("ctx", l.ctx());
        } else if (e instanceof Expr.TupleExpr t) {
            open("Tuple").field("elts", t.elts()).field("ctx", t.ctx());
        } else if (e instanceof Expr.Slice s) {
            open("Slice").field("lower", s.lower()).field("upper", s.upper()).field("step", s.step());
        } else {
            throw new IllegalArgumentException(e.toString());
        }
        close(e);
    }

    private void other(Object v) {
        if (v instanceof Arguments a) {
            open("arguments").field("posonlyargs", a.posonlyargs()).field("args", a.args())
                    .field("vararg", a.vararg()).field("kwonlyargs", a.kwonlyargs())
                    .field("kw_defaults", a.kwDefaults()).field("kwarg", a.kwarg()).field("defaults", a.defaults());
            sb.append(')');
        } else if (v instanceof Arg a) {
            open("arg").field("arg", a.name()).field("annotation", a.annotation());
            close(a);
        } else if (v instanceof Keyword k) {
            open("keyword").field("arg", k.arg()).field("value", k.value());
            close(k);
        } else if (v instanceof Alias a) {
            open("alias").field("name", a.name()).field("asname", a.asname());
            close(a);
        } else if (v instanceof WithItem w) {
            open("withitem").field("context_expr", w.contextExpr()).field("optional_vars", w.optionalVars());
            sb.append(')');
        } else if (v instanceof Comprehension c) {
            open("comprehension").field("target", c.target()).field("iter", c.iter()).field("ifs", c.ifs())
                    .field("is_async", c.isAsync() ? 1 : 0);
            sb.append(')');
        } else if (v instanceof MatchCase m) {
            open("match_case").field("pattern", m.pattern()).field("guard", m.guard()).field("body", m.body());
            sb.append(')');
        } else if (v instanceof ExceptHandler h) {
            open("ExceptHandler").field("type", h.type()).field("name", h.name()).field("body", h.body());
            close(h);
        } else {
            throw new IllegalArgumentException(String.valueOf(v));
        }
    }

    // ---- Python reprs of constants ----

    static String constant(Object v) {
        if (v == Expr.NONE) {
            return "None";
        }
        if (v == Expr.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return repr(s);
        }
        if (v instanceof byte[] b) {
            return bytesRepr(b);
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof Expr.Imaginary im) {
            String r = floatRepr(im.imag());
            return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
        }
        return String.valueOf(v);
    }

    static String floatRepr(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();   // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -5 && exp < 16 && exp >= -4) {
            String plain = bd.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (!printable(c)) {
                b.append(c < 0x100 ? String.format("\\x%02x", c)
                        : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(q).toString();
    }

    /** Python's str.isprintable for one character. */
    static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : bytes) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 32 || c >= 127) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(q).toString();
    }
}
