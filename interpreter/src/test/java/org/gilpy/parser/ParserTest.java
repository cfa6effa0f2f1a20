package org.gilpy.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Stmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each statement and expression form gives the AST CPython 3.11 gives: the expected strings are
 * python3.11's {@code ast.dump(ast.parse(src))}, and {@link AstDump} prints gilpy's tree the same way.
 */
class ParserTest {

    static Mod.Module module(String src) {
        return (Mod.Module) Parser.parse(src, "<s>", Mode.EXEC);
    }

    static Expr expr(String src) {
        return Parser.parseExpression(src, "<s>");
    }

    static Stream<String[]> cases() {
        return Stream.of(new String[][] {
                {"pass",
                 "Module(body=[Pass()], type_ignores=[])"},
                {"x = 1",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"a, b = b, a",
                 "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"x = y = f(1, *a, k=2, **kw)",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=2)), keyword(value=Name(id='kw', ctx=Load()))]))], type_ignores=[])"},
                {"print(*a, sep='')",
                 "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
                {"-2**2",
                 "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"},
                {"a if b else c",
                 "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
                {"lambda x, y=1, *a, z, **k: x",
                 "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
                {"not a and b or c",
                 "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
                {"a < b <= c is not d not in e in f",
                 "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn(), In()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load())]))], type_ignores=[])"},
                {"a | b ^ c & d << e >> f + g - h * i @ j / k // l % m",
                 "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=MatMult(), right=Name(id='j', ctx=Load())), op=Div(), right=Name(id='k', ctx=Load())), op=FloorDiv(), right=Name(id='l', ctx=Load())), op=Mod(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"},
                {"~a + -b",
                 "Module(body=[Expr(value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load()))))], type_ignores=[])"},
                {"x[1:2, ::3]",
                 "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"x[1]",
                 "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"},
                {"x[a:b:c]",
                 "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load()), step=Name(id='c', ctx=Load())), ctx=Load()))], type_ignores=[])"},
                {"x.y.z",
                 "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load()))], type_ignores=[])"},
                {"[x for x in y if x for z in w]",
                 "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
                {"{k: v for k, v in d.items()}",
                 "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"},
                {"{a for a in b}",
                 "Module(body=[Expr(value=SetComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
                {"(a for a in b)",
                 "Module(body=[Expr(value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
                {"f(x for x in y)",
                 "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
                {"{1: 2, **d}",
                 "Module(body=[Expr(value=Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='d', ctx=Load())]))], type_ignores=[])"},
                {"{1, 2, *s}",
                 "Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='s', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
                {"[1, *a]",
                 "Module(body=[Expr(value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"()",
                 "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
                {"(1,)",
                 "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
                {"...",
                 "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"},
                {"None, True, False",
                 "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"},
                {"'a' 'b'",
                 "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"},
                {"b'a' b'\\x00'",
                 "Module(body=[Expr(value=Constant(value=b'a\\x00'))], type_ignores=[])"},
                {"f'a{x}b{y!r:>{w}}c'",
                 "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='c')]))], type_ignores=[])"},
                {"f'{x=}'",
                 "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
                {"f'{x = !s}'",
                 "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"},
                {"f'{{}}'",
                 "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[])"},
                {"'a' f'{x}' 'b'",
                 "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])"},
                {"x += 1",
                 "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
                {"x //= 2; y **= 3",
                 "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='y', ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[])"},
                {"x: int = 5",
                 "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
                {"(x): int",
                 "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
                {"a.b: int",
                 "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
                {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
                 "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"},
                {"while x:\n    break\nelse:\n    continue",
                 "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
                {"for k, v in d:\n    pass\nelse:\n    pass",
                 "Module(body=[For(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
                {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
                 "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
                {"raise E from x",
                 "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='x', ctx=Load()))], type_ignores=[])"},
                {"raise",
                 "Module(body=[Raise()], type_ignores=[])"},
                {"with a as b, c as (d, e):\n    pass",
                 "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"},
                {"with (a as b, c):\n    pass",
                 "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
                {"with (a, b):\n    pass",
                 "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
                {"@dec\n@dec2(1)\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> int:\n    return a, b",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
                {"class C(B, metaclass=M):\n    x = 1",
                 "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"},
                {"def g():\n    yield\n    yield x\n    yield from y\n    x = yield",
                 "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"},
                {"global a, b",
                 "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
                {"nonlocal x",
                 "Module(body=[Nonlocal(names=['x'])], type_ignores=[])"},
                {"del a, b[1], c.d",
                 "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"},
                {"del (a, b)",
                 "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"},
                {"assert x, 'msg'",
                 "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
                {"import a.b.c",
                 "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])"},
                {"import a as b, c",
                 "Module(body=[Import(names=[alias(name='a', asname='b'), alias(name='c')])], type_ignores=[])"},
                {"from . import x",
                 "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
                {"from ..m import (a, b as c)",
                 "Module(body=[ImportFrom(module='m', names=[alias(name='a'), alias(name='b', asname='c')], level=2)], type_ignores=[])"},
                {"from m import *",
                 "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])"},
                {"from .... import x",
                 "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"},
                {"(y := 5)",
                 "Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=5)))], type_ignores=[])"},
                {"if (n := len(a)) > 10: pass",
                 "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"match = 5",
                 "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=5))], type_ignores=[])"},
                {"match(x)",
                 "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"},
                {"0x1F + 0o17 + 0b101 + 1_000_000 + 99999999999999999999999",
                 "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000000)), op=Add(), right=Constant(value=99999999999999999999999)))], type_ignores=[])"},
                {"1e5 + .5 + 5. + 2j + 1.5e-3 + 1E+10",
                 "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=100000.0), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=10000000000.0)))], type_ignores=[])"},
                {"x = 'it\\'s' \"a\\tb\\n\" r'\\n' '\\x41\\101\\u00e9\\N{BULLET}'",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"it'sa\\tb\\n\\\\nAA\u00e9\u2022\"))], type_ignores=[])"},
                {"s = \"\"\"multi\nline\"\"\"",
                 "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='multi\\nline'))], type_ignores=[])"},
                {"x = (1 +\n     2)",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
                {"x = 1 + \\\n    2",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
                {"if x:\n    if y:\n        pass\n    # comment\n\n        # more\nz = 1",
                 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"def f():\n    pass\n\n\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"a[b, c] = 1",
                 "Module(body=[Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"a[*b]",
                 "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"*a, b = c",
                 "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
                {"[a, *b] = c",
                 "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
                {"x = a if b else lambda: c",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"},
                {"f(a)(b)[c].d",
                 "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"},
                {"x = not a == b",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"},
                {"a @= b",
                 "Module(body=[AugAssign(target=Name(id='a', ctx=Store()), op=MatMult(), value=Name(id='b', ctx=Load()))], type_ignores=[])"},
                {"x = -1",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"},
                {"print(f\"{x!r}\")",
                 "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])], keywords=[]))], type_ignores=[])"},
                {"x = [\n    1,\n    2,\n]",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
                {"return",
                 "Module(body=[Return()], type_ignores=[])"},
                {"for x in *a, *b: pass",
                 "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"x = yield a, b\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"},
                {"if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n",
                 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"},
                {"if x:\n\tpass\nelse:\n        pass\n",
                 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
                {"if x:\n    \tpass\n",
                 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"def f():\n    x = 1\n\n    \n    return x\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
                {"class A:\n    def f(self):\n        if x:\n            return 1\nx = 2\n",
                 "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='x', ctx=Load()), body=[Return(value=Constant(value=1))], orelse=[])], decorator_list=[])], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
                {"x = [1,\n# comment\n  2,\n\n    3]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"},
                {"x = 1 # c\\\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"assert (x,\n        y)\n",
                 "Module(body=[Assert(test=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"def f(\n    a,\n    b,\n):\n    pass\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"x = '''a\nb''' 'c'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nbc'))], type_ignores=[])"},
                {"x = 'a\\\nb'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
                {"x = '\\N{EM DASH}\\u00e9\\U0001F600\\x41\\101\\0'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u2014\u00e9\ud83d\ude00AA\\x00'))], type_ignores=[])"},
                {"x = '\\q\\d'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\q\\\\d'))], type_ignores=[])"},
                {"x = b'\\u1234\\N{x}\\xff\\777'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\u1234\\\\N{x}\\xff\\xff'))], type_ignores=[])"},
                {"x = rb'\\n' + Br'\\x' + R'\\'' + U'x'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=b'\\\\n'), op=Add(), right=Constant(value=b'\\\\x')), op=Add(), right=Constant(value=\"\\\\'\")), op=Add(), right=Constant(value='x')))], type_ignores=[])"},
                {"x = f'{a[\"k\"]}' F'{b!a}' rf'\\n{c}' fR'{d:{e}.{f}}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=97), Constant(value='\\\\n'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='e', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='f', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
                {"x = f'{x:=5}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=5')]))]))], type_ignores=[])"},
                {"x = f'{(x:=5)}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)), conversion=-1)]))], type_ignores=[])"},
                {"x = f'{a == b}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
                {"x = f'{a if b else c}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), conversion=-1)]))], type_ignores=[])"},
                {"x = f'''{\na\n+ b}'''\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1)]))], type_ignores=[])"},
                {"x = f'{x:{y}}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
                {"x = f'{3.14:.2f}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"},
                {"x = f'{{{x}}}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))], type_ignores=[])"},
                {"x = f''\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[]))], type_ignores=[])"},
                {"x = f'' ''\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[]))], type_ignores=[])"},
                {"x = f'{\"a\" \"b\"}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))], type_ignores=[])"},
                {"x = f'{f\"{y}\"}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[])"},
                {"x = f'{x:}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
                {"x = f'{a!r:{b}>{c}}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='>'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
                {"x = f'{x = }'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
                {"x = f'\\{x}'\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
                {"x = 1if y else 2\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
                {"x = [0x1for x in y]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[BoolOp(op=Or(), values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], comparators=[Name(id='y', ctx=Load())])])], ctx=Load()))], type_ignores=[])"},
                {"x = 1_000.000_1e1_0j\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=10000001000000j))], type_ignores=[])"},
                {"x = 0b1_0, 0o1_7, 0X_FF, 00, 0_0\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=2), Constant(value=15), Constant(value=255), Constant(value=0), Constant(value=0)], ctx=Load()))], type_ignores=[])"},
                {"x = 1.e5, 1.j, 1e-5, .0001, 1e16, 1e22, 123456789012345678901234567890.0\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=100000.0), Constant(value=1j), Constant(value=1e-05), Constant(value=0.0001), Constant(value=1e+16), Constant(value=1e+22), Constant(value=1.2345678901234568e+29)], ctx=Load()))], type_ignores=[])"},
                {"x = 18446744073709551616 + 9223372036854775807 + 9223372036854775808\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=18446744073709551616), op=Add(), right=Constant(value=9223372036854775807)), op=Add(), right=Constant(value=9223372036854775808)))], type_ignores=[])"},
                {"x = 0xFFFFFFFFFFFFFFFF\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=18446744073709551615))], type_ignores=[])"},
                {"\fx = 1\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"if x:\n    pass\n\f\nelse:\n    pass\n",
                 "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
                {"a = b \\\n  + c\n",
                 "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=BinOp(left=Name(id='b', ctx=Load()), op=Add(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
                {"with (open(a) as b, open(c) as d,):\n  pass\n",
                 "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
                {"with (a, b) as c:\n  pass\n",
                 "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
                {"with (yield x) as y:\n  pass\n",
                 "Module(body=[With(items=[withitem(context_expr=Yield(value=Name(id='x', ctx=Load())), optional_vars=Name(id='y', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
                {"with a, (b):\n  pass\n",
                 "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
                {"for x, in y: pass\n",
                 "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"for (x, y), z in w: pass\n",
                 "Module(body=[For(target=Tuple(elts=[Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), Name(id='z', ctx=Store())], ctx=Store()), iter=Name(id='w', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"for [x, *y] in z: pass\n",
                 "Module(body=[For(target=List(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
                {"del x,\n",
                 "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
                {"del [a, b], (c)\n",
                 "Module(body=[Delete(targets=[List(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), Name(id='c', ctx=Del())])], type_ignores=[])"},
                {"x = *a, *b\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"print(*a, **k, sep='')\n",
                 "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load())), keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
                {"f(a)(b=1)(*c)\n",
                 "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[], keywords=[keyword(arg='b', value=Constant(value=1))]), args=[Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])"},
                {"f(x for x in y)(z)\n",
                 "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]), args=[Name(id='z', ctx=Load())], keywords=[]))], type_ignores=[])"},
                {"x = a[b:c, d]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), Name(id='d', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"x = a[:, :]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Slice()], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"x = a[::]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"},
                {"x = a[1:2,]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"x = a[()]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load()))], type_ignores=[])"},
                {"x = a[x:=1]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
                {"x = {x := 1, 2}\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), Constant(value=2)]))], type_ignores=[])"},
                {"x = [y := 1, y ** 2]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"},
                {"f(y := 1)\n",
                 "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
                {"def f(a, b=1, /, c=2, *, d, e=3, **f): pass\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='f'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"def f(a, /): pass\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"def f(*, a): pass\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"def f(*args: int, **kw: str) -> None: pass\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Name(id='int', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw', annotation=Name(id='str', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"},
                {"lambda: 0\n",
                 "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
                {"lambda *a, **k: 0\n",
                 "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
                {"lambda a, /, b, *, c: 0\n",
                 "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
                {"lambda *, a=1: a\n",
                 "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[Constant(value=1)], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
                {"x = yield\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
                {"def f():\n    return (yield)\n",
                 "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Yield())], decorator_list=[])], type_ignores=[])"},
                {"@a.b.c\n@d(e)[f]\n@(lambda x: x)\nclass C: pass\n",
                 "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), Subscript(value=Call(func=Name(id='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]), slice=Name(id='f', ctx=Load()), ctx=Load()), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load()))])], type_ignores=[])"},
                {"class C(): pass\n",
                 "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"class C(*a, **k): pass\n",
                 "Module(body=[ClassDef(name='C', bases=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
                {"try:\n    pass\nfinally:\n    pass\n",
                 "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
                {"try:\n    pass\nexcept A:\n    pass\nelse:\n    pass\n",
                 "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='A', ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[])], type_ignores=[])"},
                {"if a: pass\nelif b: pass\nelif c: pass\n",
                 "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])])])], type_ignores=[])"},
                {"x = a if b else c if d else e\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
                {"x = a or b and not c\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])]))], type_ignores=[])"},
                {"x = a < b > c\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Gt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
                {"x = 2 ** -1\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"},
                {"x = -a ** -b ** c\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))))], type_ignores=[])"},
                {"print >>f, x\n",
                 "Module(body=[Expr(value=Tuple(elts=[BinOp(left=Name(id='print', ctx=Load()), op=RShift(), right=Name(id='f', ctx=Load())), Name(id='x', ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"print\n",
                 "Module(body=[Expr(value=Name(id='print', ctx=Load()))], type_ignores=[])"},
                {"x = 1;\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"x = 1; y = 2;  \n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
                {"import a.b.c as d, e.f\n",
                 "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e.f')])], type_ignores=[])"},
                {"from .a.b import c as d\n",
                 "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d')], level=1)], type_ignores=[])"},
                {"from . a import b\n",
                 "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[])"},
                {"from .. import (a,\n   b)\n",
                 "Module(body=[ImportFrom(names=[alias(name='a'), alias(name='b')], level=2)], type_ignores=[])"},
                {"global x; nonlocal y\n",
                 "Module(body=[Global(names=['x']), Nonlocal(names=['y'])], type_ignores=[])"},
                {"return x, *y\n",
                 "Module(body=[Return(value=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"x = (yield)\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
                {"x = [i for i in range(3) for j in range(i) if j if i]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Name(id='i', ctx=Load())], keywords=[]), ifs=[Name(id='j', ctx=Load()), Name(id='i', ctx=Load())], is_async=0)]))], type_ignores=[])"},
                {"x = {**a, 'b': 1, **c}\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])"},
                {"x = {*a, *b}\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
                {"x = {}\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]))], type_ignores=[])"},
                {"x = {1}\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1)]))], type_ignores=[])"},
                {"x = [*a, *b]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"x = (*a, *b)\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"x = (*a,)\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
                {"x = a.b.c.d\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"},
                {"x = ...\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"},
                {"x = a[...]\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=Ellipsis), ctx=Load()))], type_ignores=[])"},
                {"x: 'str'\n",
                 "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Constant(value='str'), simple=1)], type_ignores=[])"},
                {"x.y: int = 1\n",
                 "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
                {"x[0]: int\n",
                 "Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
                {"(x): int = 1\n",
                 "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
                {"x: int = yield\n",
                 "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Yield(), simple=1)], type_ignores=[])"},
                {"a, b = c, d = e\n",
                 "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])"},
                {"x = y = yield z\n",
                 "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Yield(value=Name(id='z', ctx=Load())))], type_ignores=[])"},
                {"match(x)\n",
                 "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"},
                {"match = case = _ = 1\n",
                 "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"match.x = 1\n",
                 "Module(body=[Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
                {"async def f(a):\n    return await g(a)\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])))], decorator_list=[])], type_ignores=[])"},
                {"@d\nasync def f():\n    async for x in y:\n        await x\n    else:\n        pass\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], orelse=[Pass()])], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"},
                {"async def f():\n    async with a as b, c:\n        pass\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"},
                {"async def f():\n    return [x async for x in y if await x]\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Await(value=Name(id='x', ctx=Load()))], is_async=1)]))], decorator_list=[])], type_ignores=[])"},
                {"async def f():\n    await x ** 2\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2)))], decorator_list=[])], type_ignores=[])"},
                {"async def f():\n    yield await x.y[1]\n",
                 "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Await(value=Subscript(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), slice=Constant(value=1), ctx=Load()))))], decorator_list=[])], type_ignores=[])"}
        });
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void dumpsAsCPython(String src, String expected) {
        assertEquals(expected, AstDump.dump(module(src)), src);
    }

    // ---- literal values ----

    private static Object constant(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    @Test
    void integers() {
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(31L, constant("0x1F"));
        assertEquals(15L, constant("0o17"));
        assertEquals(5L, constant("0b101"));
        assertEquals(0L, constant("00"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffff", 16), constant("0xFFFFFFFFFFFFFFFF"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
        assertInstanceOf(Long.class, constant("999999999999999999"));
    }

    @Test
    void floatsAndImaginary() {
        assertEquals(1e5, constant("1e5"));
        assertEquals(0.5, constant(".5"));
        assertEquals(5.0, constant("5."));
        assertEquals(1000.5, constant("1_000.5"));
        assertEquals(1.5e-3, constant("1.5E-3"));
        assertEquals(Double.POSITIVE_INFINITY, constant("1e400"));
        assertEquals(new Expr.Imaginary(2.0), constant("2j"));
        assertEquals(new Expr.Imaginary(1.5), constant("1.5J"));
        assertEquals(new Expr.Imaginary(10.0), constant("1e1j"));
    }

    @Test
    void singletons() {
        assertSame(Expr.NONE, constant("None"));
        assertSame(Expr.ELLIPSIS, constant("..."));
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
    }

    @Test
    void stringEscapes() {
        assertEquals("a\nb\tc\\d'e\"f", constant("'a\\nb\\tc\\\\d\\'e\\\"f'"));
        assertEquals("\u0007\b\f\r\u000b\0", constant("'\\a\\b\\f\\r\\v\\0'"));
        assertEquals("AA\u00e9\ud83d\ude00", constant("'\\x41\\101\\u00e9\\U0001F600'"));
        assertEquals("\u2014", constant("'\\N{EM DASH}'"));
        assertEquals("\\q\\d", constant("'\\q\\d'"));                   // invalid escapes stay
        assertEquals("ab", constant("'a\\\nb'"));                       // backslash-newline
        assertEquals("\\n\\x", constant("r'\\n' R'\\x'"));              // raw strings
        assertEquals("it's", constant("\"it's\""));
        assertEquals("a\nb", constant("\"\"\"a\nb\"\"\""));
        assertEquals("a\nb", constant("'''a\r\nb'''"));                 // newlines normalized
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
        assertEquals("x", constant("u'x'"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[] {'a', 0, (byte) 0xff, '\\', 'u'}, (byte[]) constant("b'a\\x00\\xff\\u'"));
        assertArrayEquals(new byte[] {'\\', 'n'}, (byte[]) constant("rb'\\n'"));
        assertArrayEquals("abcd".getBytes(StandardCharsets.US_ASCII), (byte[]) constant("b'ab' Br'cd'"));
        assertArrayEquals(new byte[] {(byte) 0xff}, (byte[]) constant("b'\\777'"));
    }

    @Test
    void fstringParts() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'a{x!r:>{w}}b' 'c' f'{y=}'");
        assertEquals(4, j.values().size());
        assertEquals("a", ((Expr.Constant) j.values().get(0)).value());
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        assertEquals('r', fv.conversion());
        Expr.JoinedStr spec = (Expr.JoinedStr) fv.formatSpec();
        assertEquals(">", ((Expr.Constant) spec.values().get(0)).value());
        assertInstanceOf(Expr.FormattedValue.class, spec.values().get(1));
        assertEquals("bcy=", ((Expr.Constant) j.values().get(2)).value());
        Expr.FormattedValue self = (Expr.FormattedValue) j.values().get(3);
        assertEquals('r', self.conversion());            // f'{y=}' defaults to repr
        assertNull(self.formatSpec());
        assertEquals("{}", ((Expr.Constant) ((Expr.JoinedStr) expr("f'{{}}'")).values().get(0)).value());
        assertEquals(List.of(), ((Expr.JoinedStr) expr("f''")).values());
        Expr.FormattedValue nested = (Expr.FormattedValue) ((Expr.JoinedStr) expr("f'{a[\"k\"] + (b)!s}'")).values().get(0);
        assertEquals('s', nested.conversion());
        assertInstanceOf(Expr.BinOp.class, nested.value());
    }

    // ---- contexts ----

    @Test
    void assignmentTargetsAreStoreRecursively() {
        Stmt.Assign a = (Stmt.Assign) module("(a, [b.c, *d]), e[0] = x\n").body().get(0);
        Expr.TupleExpr outer = (Expr.TupleExpr) a.targets().get(0);
        assertEquals(Ctx.STORE, outer.ctx());
        Expr.TupleExpr inner = (Expr.TupleExpr) outer.elts().get(0);
        assertEquals(Ctx.STORE, inner.ctx());
        assertEquals(Ctx.STORE, ((Expr.Name) inner.elts().get(0)).ctx());
        Expr.ListExpr list = (Expr.ListExpr) inner.elts().get(1);
        assertEquals(Ctx.STORE, list.ctx());
        Expr.Attribute attr = (Expr.Attribute) list.elts().get(0);
        assertEquals(Ctx.STORE, attr.ctx());
        assertEquals(Ctx.LOAD, ((Expr.Name) attr.value()).ctx());
        Expr.Starred star = (Expr.Starred) list.elts().get(1);
        assertEquals(Ctx.STORE, star.ctx());
        assertEquals(Ctx.STORE, ((Expr.Name) star.value()).ctx());
        Expr.Subscript sub = (Expr.Subscript) outer.elts().get(1);
        assertEquals(Ctx.STORE, sub.ctx());
        assertEquals(Ctx.LOAD, ((Expr.Name) a.value()).ctx());
    }

    @Test
    void deleteTargetsAreDel() {
        Stmt.Delete d = (Stmt.Delete) module("del a, (b, c[1]), d.e\n").body().get(0);
        assertEquals(3, d.targets().size());
        assertEquals(Ctx.DEL, ((Expr.Name) d.targets().get(0)).ctx());
        Expr.TupleExpr t = (Expr.TupleExpr) d.targets().get(1);
        assertEquals(Ctx.DEL, t.ctx());
        assertEquals(Ctx.DEL, ((Expr.Subscript) t.elts().get(1)).ctx());
        assertEquals(Ctx.DEL, ((Expr.Attribute) d.targets().get(2)).ctx());
    }

    @Test
    void forWithComprehensionAndWalrusTargetsAreStore() {
        Stmt.For f = (Stmt.For) module("for k, v in d: pass\n").body().get(0);
        assertEquals(Ctx.STORE, ((Expr.TupleExpr) f.target()).ctx());
        Stmt.With w = (Stmt.With) module("with a as (b, c): pass\n").body().get(0);
        assertEquals(Ctx.STORE, ((Expr.TupleExpr) w.items().get(0).optionalVars()).ctx());
        Expr.ListComp c = (Expr.ListComp) expr("[x for x, y in z]");
        assertEquals(Ctx.STORE, ((Expr.TupleExpr) c.generators().get(0).target()).ctx());
        Expr.NamedExpr n = (Expr.NamedExpr) expr("(y := 1)");
        assertEquals(Ctx.STORE, n.target().ctx());
        Stmt.AugAssign aug = (Stmt.AugAssign) module("a.b += 1\n").body().get(0);
        assertEquals(Ctx.STORE, ((Expr.Attribute) aug.target()).ctx());
    }

    // ---- modes, soft keywords, line endings ----

    @Test
    void modes() {
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))",
                AstDump.dump(Parser.parse("1 + 2\n\n", "<s>", Mode.EVAL)));
        assertEquals("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
                AstDump.dump(Parser.parse("a, b", "<s>", Mode.EVAL)));
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
                + "Expr(value=Name(id='y', ctx=Load()))])", AstDump.dump(Parser.parse("x = 1; y\n", "<s>", Mode.SINGLE)));
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])",
                AstDump.dump(Parser.parse("if x:\n    pass\n", "<s>", Mode.SINGLE)));
        assertEquals("Module(body=[], type_ignores=[])", AstDump.dump(Parser.parse("", "<s>", Mode.EXEC)));
        assertEquals("Module(body=[], type_ignores=[])",
                AstDump.dump(Parser.parse("\n# only a comment\n\n", "<s>", Mode.EXEC)));
    }

    @Test
    void softKeywordsArePlainNames() {
        assertEquals("Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=5))], "
                + "type_ignores=[])", AstDump.dump(module("match = 5\n")));
        assertEquals("Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], "
                + "keywords=[]))], type_ignores=[])", AstDump.dump(module("match(x)\n")));
        assertEquals("Module(body=[Assign(targets=[Name(id='case', ctx=Store()), Name(id='_', ctx=Store())], "
                + "value=Attribute(value=Name(id='match', ctx=Load()), attr='group', ctx=Load()))], type_ignores=[])",
                AstDump.dump(module("case = _ = match.group\n")));
    }

    @Test
    void unicodeNamesAreNormalized() {
        assertEquals("fix", ((Expr.Name) expr("\ufb01x")).id());      // the 'fi' ligature
        assertEquals("\u00e9t\u00e9", ((Expr.Name) expr("\u00e9t\u00e9")).id());
    }

    @Test
    void windowsAndOldMacLineEndings() {
        String expected = AstDump.dump(module("if x:\n    y = 1\nz\n"));
        assertEquals(expected, AstDump.dump(module("if x:\r\n    y = 1\r\nz\r\n")));
        assertEquals(expected, AstDump.dump(module("if x:\r    y = 1\rz")));
    }

    @Test
    void ordinaryCodeNeedsNoFullLLParse() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("@dec\ndef f").append(i).append("(a, b=1, *c, d, **e) -> int:\n")
                    .append("    x = [y * 2 for y in a if y] + list(b); x[1:2, ::3] += -x ** 2\n")
                    .append("    with open(a) as f, g: pass\n")
                    .append("    if not a and b or c: return {k: v for k, v in e.items()}, f'{x!r:>{b}}'\n")
                    .append("    try:\n        del x\n    except (A, B) as err:\n        raise X from err\n")
                    .append("    return (yield), lambda q, *r: q[1], {*a, *b}, [*c], {**e}\n");
        }
        long before = Parser.LL_FALLBACKS.get();
        Mod.Module m = module(sb.toString());
        assertEquals(200, m.body().size());
        assertEquals(before, Parser.LL_FALLBACKS.get());
    }

    @Test
    void deepNesting() {
        Expr e = expr("(".repeat(199) + "1" + ")".repeat(199));
        assertEquals(1L, ((Expr.Constant) e).value());
        Expr u = expr("-".repeat(1000) + "x");
        for (int i = 0; i < 1000; i++) {
            u = ((Expr.UnaryOp) u).operand();
        }
        assertEquals("x", ((Expr.Name) u).id());
    }

    @Test
    void preloadLeavesTheParserUsable() {
        Parser.preload();
        assertEquals("Module(body=[Pass()], type_ignores=[])", AstDump.dump(module("pass")));
    }
}
