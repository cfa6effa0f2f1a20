package org.gilpy.parser;

import static org.gilpy.grammar.PythonParser.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.MatchCase;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pattern;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.UnaryOperator;

/**
 * The match statement (PEP 634) from the parse tree. The grammar takes {@code match} and
 * {@code case} as plain names and accepts star items and mapping items anywhere in their lists;
 * this class checks those and reports CPython's errors.
 */
final class PatternBuilder {
    private final ExprBuilder exprs;
    private final SourceInfo src;

    PatternBuilder(ExprBuilder exprs) {
        this.exprs = exprs;
        this.src = exprs.src;
    }

    Stmt match(Match_stmtContext c, Function<BlockContext, List<Stmt>> blocks) {
        if (!c.NAME().getText().equals("match")) {
            throw src.errorAfter("invalid syntax", c.NAME().getSymbol());
        }
        Expr subject = subject(c.subject_expr());
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext k : c.case_block()) {
            if (!k.NAME().getText().equals("case")) {
                throw src.error("invalid syntax", src.span(k.NAME()));
            }
            Pattern p = topPatterns(k.patterns());
            Expr guard = k.namedexpr_test() == null ? null : exprs.namedexpr(k.namedexpr_test());
            cases.add(new MatchCase(p, guard, blocks.apply(k.block())));
        }
        List<Stmt> last = cases.get(cases.size() - 1).body();
        return new Stmt.Match(src.span(c.start).to(last.get(last.size() - 1).at()), subject, List.copyOf(cases));
    }

    private Expr subject(Subject_exprContext c) {
        if (c.COMMA().isEmpty() && c.star_expr().size() == 1) {
            throw src.errorAfter("invalid syntax", c.stop);
        }
        return exprs.list(c);
    }

    // ---- sequences of patterns ----

    private Pattern topPatterns(PatternsContext c) {
        if (c.COMMA().isEmpty()) {
            return single(c.pattern_item(0));
        }
        return sequence(src.span(c), c);
    }

    /** The one item of a list without commas: a star item is not a pattern on its own. */
    private Pattern single(Pattern_itemContext item) {
        if (item.STAR() != null) {
            throw src.errorAfter("invalid syntax", item.NAME().getSymbol());
        }
        return pattern(item.pattern());
    }

    private Pattern sequence(Span at, PatternsContext c) {
        List<Pattern> items = new ArrayList<>();
        boolean starred = false;
        if (c != null) {
            for (Pattern_itemContext item : c.pattern_item()) {
                if (item.STAR() != null) {
                    if (starred) {
                        throw src.error("multiple starred names in sequence pattern", at);
                    }
                    starred = true;
                    items.add(new Pattern.MatchStar(src.span(item), captureName(item.NAME(), true)));
                } else {
                    items.add(pattern(item.pattern()));
                }
            }
        }
        return new Pattern.MatchSequence(at, List.copyOf(items));
    }

    // ---- single patterns ----

    private Pattern pattern(PatternContext c) {
        Pattern p = or(c.or_pattern());
        if (c.AS() == null) {
            return p;
        }
        TerminalNode name = c.NAME();
        if (name.getText().equals("_")) {
            throw src.error("cannot use '_' as a target", src.span(name));
        }
        return new Pattern.MatchAs(src.span(c), p, captureName(name, false));
    }

    private Pattern or(Or_patternContext c) {
        if (c.closed_pattern().size() == 1) {
            return closed(c.closed_pattern(0));
        }
        List<Pattern> alts = new ArrayList<>();
        for (Closed_patternContext k : c.closed_pattern()) {
            alts.add(closed(k));
        }
        return new Pattern.MatchOr(src.span(c), List.copyOf(alts));
    }

    private Pattern closed(Closed_patternContext c) {
        Span at = src.span(c);
        if (c instanceof NumberPatternContext n) {
            return new Pattern.MatchValue(at, number(n.literal_number()));
        }
        if (c instanceof StringPatternContext s) {
            return new Pattern.MatchValue(at, exprs.strings(s.STRING()));
        }
        if (c instanceof NonePatternContext) {
            return new Pattern.MatchSingleton(at, Expr.NONE);
        }
        if (c instanceof TruePatternContext) {
            return new Pattern.MatchSingleton(at, Boolean.TRUE);
        }
        if (c instanceof FalsePatternContext) {
            return new Pattern.MatchSingleton(at, Boolean.FALSE);
        }
        if (c instanceof ClassPatternContext k) {
            return classPattern(at, k);
        }
        if (c instanceof NamePatternContext n) {
            Dotted_nameContext d = n.dotted_name();
            if (d.NAME().size() > 1) {
                return new Pattern.MatchValue(at, dotted(d));
            }
            TerminalNode name = d.NAME(0);
            return new Pattern.MatchAs(at, null, captureName(name, true));
        }
        if (c instanceof ParenPatternContext p) {
            PatternsContext items = p.patterns();
            if (items != null && items.COMMA().isEmpty()) {
                return single(items.pattern_item(0));
            }
            return sequence(at, items);
        }
        if (c instanceof ListPatternContext l) {
            return sequence(at, l.patterns());
        }
        return mapping(at, ((MappingPatternContext) c).mapping_items());
    }

    /** The bound name of a capture, null for the wildcard {@code _} when allowed there. */
    private String captureName(TerminalNode name, boolean wildcardAllowed) {
        String id = name.getText();
        if (id.equals("_") && wildcardAllowed) {
            return null;
        }
        if (id.equals("__debug__")) {
            throw src.error("cannot assign to __debug__", src.span(name));
        }
        return id;
    }

    private Expr dotted(Dotted_nameContext d) {
        List<TerminalNode> parts = d.NAME();
        Expr e = new Expr.Name(src.span(parts.get(0)), parts.get(0).getText(), Ctx.LOAD);
        for (int i = 1; i < parts.size(); i++) {
            e = new Expr.Attribute(src.span(d.start, parts.get(i).getSymbol()), e, parts.get(i).getText(), Ctx.LOAD);
        }
        return e;
    }

    /** {@code -1}, {@code 2.5}, {@code 1+2j}: real part first, the imaginary part after the sign. */
    private Expr number(Literal_numberContext c) {
        TerminalNode first = c.NUMBER(0);
        Expr real = new Expr.Constant(src.span(first), ExprBuilder.number(first.getText()));
        if (c.getChild(0) instanceof TerminalNode t && t.getSymbol().getType() == MINUS) {
            real = new Expr.UnaryOp(src.span(t.getSymbol(), first.getSymbol()), UnaryOperator.USUB, real);
        }
        if (c.NUMBER().size() == 1) {
            return real;
        }
        if (ExprBuilder.number(first.getText()) instanceof Expr.Imaginary) {
            throw src.error("real number required in complex literal", src.span(first));
        }
        TerminalNode second = c.NUMBER(1);
        Object imag = ExprBuilder.number(second.getText());
        if (!(imag instanceof Expr.Imaginary)) {
            throw src.error("imaginary number required in complex literal", src.span(second));
        }
        Token sign = ((TerminalNode) c.getChild(c.getChildCount() - 2)).getSymbol();
        Operator op = sign.getType() == PLUS ? Operator.ADD : Operator.SUB;
        return new Expr.BinOp(src.span(c), real, op, new Expr.Constant(src.span(second), imag));
    }

    private Pattern classPattern(Span at, ClassPatternContext c) {
        Expr cls = dotted(c.dotted_name());
        List<Pattern> positional = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        List<Pattern> keywords = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (c.pattern_args() != null) {
            for (Pattern_argContext a : c.pattern_args().pattern_arg()) {
                Pattern p = pattern(a.pattern());
                if (a.NAME() == null) {
                    if (!attrs.isEmpty()) {
                        throw src.error("positional patterns follow keyword patterns", p.at());
                    }
                    positional.add(p);
                    continue;
                }
                String attr = a.NAME().getText();
                if (!seen.add(attr)) {
                    throw src.error("attribute name repeated in class pattern: " + attr, p.at());
                }
                attrs.add(attr);
                keywords.add(p);
            }
        }
        return new Pattern.MatchClass(at, cls, List.copyOf(positional), List.copyOf(attrs), List.copyOf(keywords));
    }

    private Pattern mapping(Span at, Mapping_itemsContext c) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        if (c != null) {
            List<Mapping_itemContext> items = c.mapping_item();
            for (int i = 0; i < items.size(); i++) {
                Mapping_itemContext item = items.get(i);
                if (rest != null) {
                    throw src.error("invalid syntax", src.span(item.start));
                }
                if (item instanceof RestItemContext r) {
                    if (r.NAME().getText().equals("_")) {
                        throw src.error("invalid syntax", src.span(r.NAME()));
                    }
                    rest = captureName(r.NAME(), false);
                    continue;
                }
                KeyItemContext k = (KeyItemContext) item;
                keys.add(mappingKey(k.mapping_key()));
                values.add(pattern(k.pattern()));
            }
        }
        return new Pattern.MatchMapping(at, List.copyOf(keys), List.copyOf(values), rest);
    }

    private Expr mappingKey(Mapping_keyContext k) {
        Span at = src.span(k);
        if (k.literal_number() != null) {
            return number(k.literal_number());
        }
        if (!k.STRING().isEmpty()) {
            return exprs.strings(k.STRING());
        }
        if (k.NONE() != null) {
            return new Expr.Constant(at, Expr.NONE);
        }
        if (k.TRUE() != null || k.FALSE() != null) {
            return new Expr.Constant(at, k.TRUE() != null);
        }
        Dotted_nameContext d = k.dotted_name();
        if (d.NAME().size() == 1) {
            throw src.errorAfter("invalid syntax", d.stop);
        }
        return dotted(d);
    }
}
