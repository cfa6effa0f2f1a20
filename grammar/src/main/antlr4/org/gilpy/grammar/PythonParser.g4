/*
 * gilpy's Python 3.11 syntax. The rules are deliberately permissive where CPython reports a
 * specific error (assignment targets, parameter order, keyword arguments...): the AST builder
 * validates those and words the errors as CPython does. Layout tokens (NEWLINE, INDENT, DEDENT)
 * come from PythonLexerBase.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---- start rules ----
file_input   : ( NEWLINE | stmt )* EOF ;
single_input : NEWLINE* ( simple_stmts | compound_stmt )? NEWLINE* EOF ;
eval_input   : testlist NEWLINE* EOF ;

// ---- statements ----
stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_name
    | import_from
    ;

// target = value, target op= value, target: annotation [= value], or a bare expression
expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist_star_expr )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
    | yield_expr ( ASSIGN ( yield_expr | testlist_star_expr ) )*
    ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | DOUBLESLASHEQUAL | PERCENTEQUAL
    | AMPEREQUAL | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    ;

del_stmt      : DEL exprlist ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
return_stmt   : RETURN testlist_star_expr? ;
raise_stmt    : RAISE ( test ( FROM test )? )? ;
global_stmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )* ;
assert_stmt   : ASSERT test ( COMMA test )? ;

import_name       : IMPORT dotted_as_names ;
dotted_as_names   : dotted_as_name ( COMMA dotted_as_name )* ;
dotted_as_name    : dotted_name ( AS NAME )? ;
dotted_name       : NAME ( DOT NAME )* ;
import_from
    : FROM ( DOT | ELLIPSIS )* dotted_name IMPORT import_targets
    | FROM ( DOT | ELLIPSIS )+ IMPORT import_targets
    ;
import_targets
    : STAR
    | LPAR import_as_names COMMA? RPAR
    | import_as_names
    ;
import_as_names : import_as_name ( COMMA import_as_name )* ;
import_as_name  : NAME ( AS NAME )? ;

// ---- compound statements ----
compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

if_stmt    : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause: ELIF namedexpr_test COLON block ;
else_clause: ELSE COLON block ;
while_stmt : WHILE namedexpr_test COLON block else_clause? ;
for_stmt   : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause  : EXCEPT STAR? ( test ( AS NAME )? )? COLON block ;
finally_clause : FINALLY COLON block ;

with_stmt
    : WITH ( LPAR with_item ( COMMA with_item )* COMMA? RPAR
           | with_item ( COMMA with_item )*
           ) COLON block
    ;
with_item : test ( AS expr )? ;

funcdef    : DEF NAME LPAR paramlist? RPAR ( ARROW test )? COLON block ;
paramlist  : param ( COMMA param )* COMMA? ;
param
    : NAME ( COLON test )? ( ASSIGN test )?     # plainParam
    | STAR ( NAME ( COLON test )? )?            # starParam
    | DOUBLESTAR NAME ( COLON test )?           # kwParam
    | SLASH                                     # slashParam
    ;

classdef : CLASS NAME ( LPAR arglist? RPAR )? COLON block ;

decorator  : AT namedexpr_test NEWLINE ;
decorated  : decorator+ ( classdef | funcdef | async_funcdef ) ;

async_funcdef : ASYNC funcdef ;
async_stmt    : ASYNC ( funcdef | with_stmt | for_stmt ) ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

// ---- the match statement ----
// `match` and `case` are soft keywords, plain NAMEs here: the AST builder checks their spelling
// (a statement can only take this shape when it is a match statement).
match_stmt   : NAME subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr : ( namedexpr_test | star_expr ) ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ;
case_block   : NAME patterns ( IF namedexpr_test )? COLON block ;

// an open sequence when there is a comma; the builder checks where a star item may stand
patterns     : pattern_item ( COMMA pattern_item )* COMMA? ;
pattern_item : STAR NAME | pattern ;
pattern      : or_pattern ( AS NAME )? ;
or_pattern   : closed_pattern ( VBAR closed_pattern )* ;
closed_pattern
    : literal_number                                # numberPattern
    | STRING+                                       # stringPattern
    | NONE                                          # nonePattern
    | TRUE                                          # truePattern
    | FALSE                                         # falsePattern
    | dotted_name LPAR pattern_args? RPAR           # classPattern
    | dotted_name                                   # namePattern
    | LPAR patterns? RPAR                           # parenPattern
    | LSQB patterns? RSQB                           # listPattern
    | LBRACE mapping_items? RBRACE                  # mappingPattern
    ;
// a real number, or a complex one such as -1+2j (the builder checks the imaginary part)
literal_number : MINUS? NUMBER ( ( PLUS | MINUS ) NUMBER )? ;
pattern_args   : pattern_arg ( COMMA pattern_arg )* COMMA? ;
pattern_arg    : NAME ASSIGN pattern | pattern ;
mapping_items  : mapping_item ( COMMA mapping_item )* COMMA? ;
mapping_item
    : DOUBLESTAR NAME                               # restItem
    | mapping_key COLON pattern                     # keyItem
    ;
mapping_key    : literal_number | STRING+ | NONE | TRUE | FALSE | dotted_name ;

// ---- expressions ----
namedexpr_test
    : NAME COLONEQUAL test
    | test
    ;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;

lambdef    : LAMBDA lambda_params? COLON test ;
lambda_params : lambda_param ( COMMA lambda_param )* COMMA? ;
lambda_param
    : NAME ( ASSIGN test )?        # lambdaPlain
    | STAR NAME?                   # lambdaStar
    | DOUBLESTAR NAME              # lambdaKw
    | SLASH                        # lambdaSlash
    ;

or_test  : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;
comp_op
    : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr ;

expr       : xor_expr ( VBAR xor_expr )* ;
xor_expr   : and_expr ( CIRCUMFLEX and_expr )* ;
and_expr   : shift_expr ( AMPER shift_expr )* ;
shift_expr : arith_expr ( ( LEFTSHIFT | RIGHTSHIFT ) arith_expr )* ;
arith_expr : term ( ( PLUS | MINUS ) term )* ;
term       : factor ( ( STAR | SLASH | PERCENT | DOUBLESLASH | AT ) factor )* ;
factor     : ( PLUS | MINUS | TILDE ) factor | power ;
power      : AWAIT? atom trailer* ( DOUBLESTAR factor )? ;

atom
    : LPAR ( yield_expr | testlist_comp )? RPAR     # parenAtom
    | LSQB testlist_comp? RSQB                      # listAtom
    | LBRACE dictorsetmaker? RBRACE                 # braceAtom
    | NAME                                          # nameAtom
    | NUMBER                                        # numberAtom
    | STRING+                                       # stringAtom
    | ELLIPSIS                                      # ellipsisAtom
    | NONE                                          # noneAtom
    | TRUE                                          # trueAtom
    | FALSE                                         # falseAtom
    ;

testlist_comp
    : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
    ;

trailer
    : LPAR arglist? RPAR        # callTrailer
    | LSQB subscriptlist RSQB   # subscriptTrailer
    | DOT NAME                  # attrTrailer
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript
    : star_expr                     # starSubscript
    | NAME COLONEQUAL test          # walrusSubscript
    | test slice_tail?              # indexSubscript
    | slice_tail                    # sliceSubscript
    ;
slice_tail : COLON upper=test? ( COLON step=test? )? ;

testlist           : test ( COMMA test )* COMMA? ;
exprlist           : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

// dict and set displays share one rule so that no long lookahead is needed; the AST builder
// checks that the items are all dict items or all set items.
dictorsetmaker : brace_item ( comp_for | ( COMMA brace_item )* COMMA? ) ;
brace_item
    : DOUBLESTAR expr               # doubleStarItem
    | star_expr                     # starItem
    | NAME COLONEQUAL test          # walrusItem
    | test ( COLON test )?          # plainItem
    ;

arglist  : argument ( COMMA argument )* COMMA? ;
argument
    : NAME COLONEQUAL test                 # walrusArg
    | test ( comp_for | ASSIGN test )?     # plainArg
    | DOUBLESTAR test                      # doubleStarArg
    | STAR test                            # starArg
    ;

comp_for : ASYNC? FOR exprlist IN or_test comp_if* comp_for? ;
comp_if  : IF or_test ;

yield_expr
    : YIELD FROM test
    | YIELD testlist_star_expr?
    ;
