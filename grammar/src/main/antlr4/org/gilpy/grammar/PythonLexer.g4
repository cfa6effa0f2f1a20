/*
 * gilpy's Python 3.11 tokens. Only the syntax of single tokens lives here: layout (NEWLINE,
 * INDENT, DEDENT), bracket-depth line joining and the tokenizer's errors are handled by
 * PythonLexerBase, which post-processes this lexer's raw token stream.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// ---- keywords (soft keywords such as match/case/_ are plain NAMEs) ----
FALSE    : 'False' ;
NONE     : 'None' ;
TRUE     : 'True' ;
AND      : 'and' ;
AS       : 'as' ;
ASSERT   : 'assert' ;
ASYNC    : 'async' ;
AWAIT    : 'await' ;
BREAK    : 'break' ;
CLASS    : 'class' ;
CONTINUE : 'continue' ;
DEF      : 'def' ;
DEL      : 'del' ;
ELIF     : 'elif' ;
ELSE     : 'else' ;
EXCEPT   : 'except' ;
FINALLY  : 'finally' ;
FOR      : 'for' ;
FROM     : 'from' ;
GLOBAL   : 'global' ;
IF       : 'if' ;
IMPORT   : 'import' ;
IN       : 'in' ;
IS       : 'is' ;
LAMBDA   : 'lambda' ;
NONLOCAL : 'nonlocal' ;
NOT      : 'not' ;
OR       : 'or' ;
PASS     : 'pass' ;
RAISE    : 'raise' ;
RETURN   : 'return' ;
TRY      : 'try' ;
WHILE    : 'while' ;
WITH     : 'with' ;
YIELD    : 'yield' ;

// ---- literals ----
// A whole string literal, prefix included; f-strings are one token too (3.11 style), their
// replacement fields are parsed by the AST builder.
STRING
    : STRING_PREFIX? ( LONG_SQ | LONG_DQ | SHORT_SQ | SHORT_DQ )
    ;

NUMBER
    : IMAG_NUMBER
    | FLOAT_NUMBER
    | INTEGER
    ;

NAME : ID_START ID_CONTINUE* ;

// ---- operators and delimiters ----
ELLIPSIS    : '...' ;
DOT         : '.' ;
LPAR        : '(' ;
RPAR        : ')' ;
LSQB        : '[' ;
RSQB        : ']' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
COMMA       : ',' ;
COLON       : ':' ;
SEMI        : ';' ;
ARROW       : '->' ;
COLONEQUAL  : ':=' ;

PLUSEQUAL        : '+=' ;
MINEQUAL         : '-=' ;
STAREQUAL        : '*=' ;
ATEQUAL          : '@=' ;
SLASHEQUAL       : '/=' ;
DOUBLESLASHEQUAL : '//=' ;
PERCENTEQUAL     : '%=' ;
AMPEREQUAL       : '&=' ;
VBAREQUAL        : '|=' ;
CIRCUMFLEXEQUAL  : '^=' ;
LEFTSHIFTEQUAL   : '<<=' ;
RIGHTSHIFTEQUAL  : '>>=' ;
DOUBLESTAREQUAL  : '**=' ;

EQEQUAL     : '==' ;
NOTEQUAL    : '!=' ;
LESSEQUAL   : '<=' ;
GREATEREQUAL: '>=' ;
LESS        : '<' ;
GREATER     : '>' ;
ASSIGN      : '=' ;

DOUBLESTAR  : '**' ;
STAR        : '*' ;
DOUBLESLASH : '//' ;
SLASH       : '/' ;
PERCENT     : '%' ;
AT          : '@' ;
PLUS        : '+' ;
MINUS       : '-' ;
TILDE       : '~' ;
AMPER       : '&' ;
VBAR        : '|' ;
CIRCUMFLEX  : '^' ;
LEFTSHIFT   : '<<' ;
RIGHTSHIFT  : '>>' ;

// ---- layout ----
NEWLINE : '\r'? '\n' | '\r' ;

SKIP_WS      : [ \t\f]+ -> skip ;
SKIP_COMMENT : '#' ~[\r\n]* -> skip ;
LINE_JOIN    : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN) ;   // dropped by PythonLexerBase

// Anything else (a lone quote, '$', '?', '!', a stray backslash...): reported by PythonLexerBase.
ERRORTOKEN : . ;

// ---- fragments ----
fragment STRING_PREFIX
    : [rRuUfFbB]
    | [fF] [rR] | [rR] [fF]
    | [bB] [rR] | [rR] [bB]
    ;

fragment SHORT_SQ : '\'' ( ~[\\\r\n'] | ESCAPED )* '\'' ;
fragment SHORT_DQ : '"' ( ~[\\\r\n"] | ESCAPED )* '"' ;
fragment LONG_SQ  : '\'\'\'' ( ~'\\' | ESCAPED )*? '\'\'\'' ;
fragment LONG_DQ  : '"""' ( ~'\\' | ESCAPED )*? '"""' ;
fragment ESCAPED  : '\\' ( '\r\n' | . ) ;

fragment INTEGER
    : NONZERO_DIGIT ( '_'? DIGIT )*
    | '0'+ ( '_'? '0' )*
    | '0' [xX] ( '_'? HEX_DIGIT )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    ;

fragment FLOAT_NUMBER
    : DIGIT_PART? '.' DIGIT_PART EXPONENT?
    | DIGIT_PART '.' EXPONENT?
    | DIGIT_PART EXPONENT
    ;

fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;

fragment DIGIT_PART    : DIGIT ( '_'? DIGIT )* ;
fragment EXPONENT      : [eE] [+-]? DIGIT_PART ;
fragment DIGIT         : [0-9] ;
fragment NONZERO_DIGIT : [1-9] ;
fragment HEX_DIGIT     : [0-9a-fA-F] ;

// Any non-ASCII character may be part of a name here: Unicode property classes would make the
// lexer's ATN (and so start-up) much bigger. PythonLexerBase checks non-ASCII names the way
// CPython's tokenizer does and reports "invalid character" for the rest.
fragment ID_START    : [a-zA-Z_] | NON_ASCII ;
fragment ID_CONTINUE : [a-zA-Z_0-9] | NON_ASCII ;
fragment NON_ASCII   : ~[\u0000-\u007F] ;
