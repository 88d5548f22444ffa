// Parser for Corroborate rule files. No actions or predicates: the AST builder (a visitor) reads the
// labelled elements; semantic checks happen after parsing.
parser grammar ClaimsParser;

options { tokenVocab = ClaimsLexer; }

file
    : rulesetDecl? importDecl* declaration* EOF
    ;

rulesetDecl : RULESET name=qualifiedName ;
qualifiedName : IDENT (DOT IDENT)* ;
importDecl  : IMPORT path=STRING ;

declaration
    : lexiconDecl
    | claimDecl
    | agreeDecl
    | ruleDecl
    | findingDecl
    | hedgeDecl
    | macroDecl
    | overrideDecl
    | supersedeDecl
    ;

// ---- changing a built-in verdict for one claim kind -----------------------------------------
overrideDecl
    : OVERRIDE kind=qualifiedName label=IDENT (AS newLabel=IDENT | off=OFF)? (SEVERITY severity=IDENT)?
    ;

// ---- a later report replaces an earlier one instead of conflicting with it -------------------
supersedeDecl : SUPERSEDE kind=qualifiedName ;

// ---- named sub-patterns ---------------------------------------------------------------------
macroDecl : DEFINE name=IDENT ASSIGN pattern ;

// ---- lexicons -------------------------------------------------------------------------------
lexiconDecl
    : LEXICON name=IDENT (COLON type=IDENT)? (FROM path=STRING)? (LBRACE entryGroup* RBRACE)?
    ;
entryGroup  : phrase (COMMA phrase)* (ARROW canonical=phrase)? (COMMA | SEMI)? ;
phrase      : STRING | IDENT ;

// ---- claim kinds ----------------------------------------------------------------------------
claimDecl
    : CLAIM name=IDENT LPAREN (slotDecl (COMMA slotDecl)*)? RPAREN
      VALUE valueSlot=slotDecl
      LBRACE claimMember* RBRACE
    ;
slotDecl    : name=IDENT COLON type=typeRef optional=QUESTION? (ASSIGN defaultValue=expectValue)? ;
typeRef     : name=qualifiedName (LBRACK unit=IDENT RBRACK)? ;
claimMember
    : PATTERN pattern (PRIORITY priority=NUMBER)?         # patternMember
    | EXAMPLE text=STRING (ARROW expectation (COMMA expectation)*)?   # exampleMember
    ;
expectation : slot=IDENT op=(ASSIGN | EQEQ | GE | LE | GT | LT | TILDE) expectValue ;
expectValue : NUMBER | STRING | IDENT ;

// ---- patterns -------------------------------------------------------------------------------
pattern     : alternative (PIPE alternative)* ;
alternative : element+ ;
element     : atom quantifier? ;
quantifier
    : QUESTION                                             # optionalQ
    | STAR                                                 # starQ
    | PLUS                                                 # plusQ
    | LBRACE min=NUMBER (COMMA max=NUMBER?)? RBRACE        # rangeQ
    ;
atom
    : capture=IDENT COLON type=typeRef                     # typedCapture
    | capture=IDENT COLON LPAREN pattern RPAREN            # groupCapture
    | literal=STRING                                       # literalAtom
    | ref=qualifiedName                                    # refAtom
    | LPAREN pattern RPAREN                                # groupAtom
    | regex=REGEX                                          # regexAtom
    | NOT negated=atom                                     # notAtom
    | LBRACK key=IDENT ASSIGN tag=IDENT RBRACK              # posAtom
    | CARET                                                # startAnchor
    | DOLLAR                                               # endAnchor
    | ELLIPSIS (LBRACE min=NUMBER COMMA max=NUMBER RBRACE)? # gapAtom
    ;

// ---- agreement ------------------------------------------------------------------------------
agreeDecl
    : AGREE kind=qualifiedName WHEN slot=IDENT policy ;
policy
    : OVERLAPS (WITHIN amount=NUMBER PERCENT)? (DISTINCT BEYOND apart=NUMBER PERCENT)?  # overlapsPolicy
    | EQUALS                                               # equalsPolicy
    | CONTAINS                                             # containsPolicy
    | WITHIN amount=NUMBER unit=IDENT                      # windowPolicy
    ;

hedgeDecl : HEDGE IDENT WITHIN amount=NUMBER PERCENT ;

// ---- custom rules ---------------------------------------------------------------------------
ruleDecl
    : RULE name=STRING (SEVERITY severity=IDENT)?
      WHEN condition (COMMA condition)*
      THEN VERDICT label=IDENT (message=STRING)?
    ;
condition
    : var=IDENT COLON kind=qualifiedName                   # bindingCond
    | SAME KEY                                             # sameKeyCond
    | negated=NOT? AGREE LPAREN left=IDENT COMMA right=IDENT RPAREN  # agreeCond
    | left=operand op=(EQEQ | NEQ | LT | GT | LE | GE) right=operand    # compareCond
    | count=IDENT LPAREN var=IDENT RPAREN op=(EQEQ | NEQ | LT | GT | LE | GE) value=NUMBER  # countCond
    ;
operand
    : var=IDENT DOT field=fieldName                        # fieldOperand
    | STRING                                               # stringOperand
    | NUMBER                                               # numberOperand
    ;

// `key` and `value` are keywords elsewhere but plain field names after a dot
fieldName : IDENT | KEY | VALUE ;

// ---- findings -------------------------------------------------------------------------------
findingDecl
    : FINDING name=IDENT (ON scope=IDENT)? (SEVERITY severity=IDENT)?
      WHEN findingExpr (MESSAGE message=STRING)? suppress=SUPPRESS?
    ;
findingExpr
    : NOT findingExpr                                      # notExpr
    | findingExpr AND findingExpr                          # andExpr
    | findingExpr OR findingExpr                           # orExpr
    | LPAREN findingExpr RPAREN                            # parenExpr
    | test=(STARTS | ENDS | CONTAINS | MATCHES) LPAREN pattern RPAREN  # patternTest
    | attr=IDENT op=(EQEQ | NEQ | LT | GT | LE | GE) value=NUMBER      # attributeCompare
    | flag=IDENT                                           # flagTest
    ;
