// Lexer for Corroborate rule files (.claims). Keywords are reserved words; identifiers are
// ASCII letters, digits and underscores. Comments start with '#' and run to the end of the line.
lexer grammar ClaimsLexer;

RULESET   : 'ruleset';
IMPORT    : 'import';
LEXICON   : 'lexicon';
FROM      : 'from';
CLAIM     : 'claim';
VALUE     : 'value';
PATTERN   : 'pattern';
EXAMPLE   : 'example';
AGREE     : 'agree';
WHEN      : 'when';
OVERLAPS  : 'overlaps';
WITHIN    : 'within';
DISTINCT  : 'distinct';
BEYOND    : 'beyond';
EQUALS    : 'equals';
RULE      : 'rule';
SEVERITY  : 'severity';
THEN      : 'then';
VERDICT   : 'verdict';
SAME      : 'same';
KEY       : 'key';
NOT       : 'not';
AND       : 'and';
OR        : 'or';
FINDING   : 'finding';
ON        : 'on';
MESSAGE   : 'message';
SUPPRESS  : 'suppress';
STARTS    : 'starts';
ENDS      : 'ends';
CONTAINS  : 'contains';
MATCHES   : 'matches';
HEDGE     : 'hedge';
DEFINE    : 'define';
OVERRIDE  : 'override';
SUPERSEDE : 'supersede';
AS        : 'as';
OFF       : 'off';
PRIORITY  : 'priority';

ARROW     : '=>';
ELLIPSIS  : '...';
LBRACE    : '{';
RBRACE    : '}';
LPAREN    : '(';
RPAREN    : ')';
LBRACK    : '[';
RBRACK    : ']';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
DOT       : '.';
PIPE      : '|';
QUESTION  : '?';
STAR      : '*';
PLUS      : '+';
PERCENT   : '%';
EQEQ      : '==';
NEQ       : '!=';
LE        : '<=';
GE        : '>=';
LT        : '<';
GT        : '>';
TILDE     : '~';
CARET     : '^';
DOLLAR    : '$';
ASSIGN    : '=';

NUMBER    : [0-9]+ ('.' [0-9]+)?;
STRING    : '"' ( '\\' . | ~["\\\r\n] )* '"';
REGEX     : '/' ( '\\' . | ~[/\\\r\n] )+ '/';
IDENT     : [A-Za-z_] [A-Za-z0-9_]*;

COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN);
WS        : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN);

// Anything else is one error token, so the parser reports it with its exact position.
UNKNOWN   : . ;
