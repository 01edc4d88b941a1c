// The .nn language, version 1 (see docs/language.md).
//
// Activations, losses, optimizers, initialisers and their parameters are plain identifiers here:
// the checker knows the vocabulary, so a misspelling gets "unknown activation 'sigmod' (did you
// mean 'sigmoid'?)" instead of a syntax error. Names may be spelt like keywords for the same
// reason: the checker says "'data' is a keyword" rather than the parser failing.
grammar Nn;

file
    : networks+=network* EOF
    ;

network
    : NETWORK name=identifier LBRACE statements+=statement* RBRACE
    ;

statement
    : INPUT name=identifier LBRACK size=NUMBER RBRACK
          (normalize=NORMALIZE scaling=IDENT?)?                                  # inputStatement
    | LAYER name=identifier LBRACK size=NUMBER RBRACK activation=call
          bias=biasClause? strategy=(UNROLL | LOOP)?                            # layerStatement
    | LOSS kind=IDENT                                                           # lossStatement
    | WEIGHTS ASSIGN values=numberList                                          # allWeightsStatement
    | WEIGHTS layer=identifier ASSIGN values=numberList                         # layerWeightsStatement
    | WEIGHTS INIT scheme=call (SEED ASSIGN seed=NUMBER)?                       # weightsInitStatement
    | OPTIMIZER kind=call                                                       # optimizerStatement
    | SCHEDULE kind=call                                                        # scheduleStatement
    | PRECISION kind=IDENT                                                      # precisionStatement
    | TRAIN options+=trainOption+                                               # trainStatement
    | VALIDATION SPLIT ASSIGN value=NUMBER (SEED ASSIGN seed=NUMBER)?           # validationSplitStatement
    | role=(DATA | TEST | VALIDATION) source=dataSource                         # dataStatement
    ;

dataSource
    : LBRACE samples+=sample* RBRACE                                            # inlineData
    | path=STRING options+=csvOption*                                           # csvData
    ;

// label: the class label column, the last unless named; ignore: columns named in the header row to skip.
csvOption
    : LABEL (ASSIGN column=STRING)?                                             # labelOption
    | IGNORE ASSIGN (names+=STRING | LBRACK names+=STRING (COMMA names+=STRING)* COMMA? RBRACK) # ignoreOption
    ;

// A word with optional parameters: leaky_relu(0.01), adam(rate = 0.01), uniform(-1, 1).
call
    : name=IDENT (LPAREN (arguments+=argument (COMMA arguments+=argument)*)? RPAREN)?
    ;

argument
    : (name=IDENT ASSIGN)? value=NUMBER
    ;

biasClause
    : BIAS value=biasValue frozen=FROZEN?
    ;

biasValue
    : ASSIGN value=NUMBER                                                       # uniformBias
    | ASSIGN values=numberList                                                  # listBias
    | SHARED ASSIGN value=NUMBER                                                # sharedBias
    | NONE                                                                      # noBias
    ;

trainOption
    : EPOCHS ASSIGN value=NUMBER                                                # epochsOption
    | BATCH ASSIGN value=NUMBER                                                 # batchOption
    | SHUFFLE (SEED ASSIGN value=NUMBER)?                                       # shuffleOption
    | PATIENCE ASSIGN value=NUMBER                                              # patienceOption
    | MIN_DELTA ASSIGN value=NUMBER                                             # minDeltaOption
    ;

sample
    : inputs=numberList ARROW targets=numberList
    ;

numberList
    : LBRACK (values+=NUMBER (COMMA values+=NUMBER)* COMMA?)? RBRACK
    ;

// A user's name; keywords are accepted here so the checker can explain why they cannot be names.
identifier
    : IDENT
    | keyword
    ;

keyword
    : NETWORK | INPUT | NORMALIZE | LAYER | BIAS | SHARED | NONE | FROZEN | UNROLL | LOOP
    | LOSS | WEIGHTS | INIT | SEED | OPTIMIZER | TRAIN | EPOCHS | BATCH | SHUFFLE | DATA | TEST
    | LABEL | IGNORE | PRECISION | SCHEDULE | VALIDATION | SPLIT | PATIENCE | MIN_DELTA
    ;

NETWORK   : 'network' ;
INPUT     : 'input' ;
NORMALIZE : 'normalize' ;
LAYER     : 'layer' ;
BIAS      : 'bias' ;
SHARED    : 'shared' ;
NONE      : 'none' ;
FROZEN    : 'frozen' ;
UNROLL    : 'unroll' ;
LOOP      : 'loop' ;
LOSS      : 'loss' ;
WEIGHTS   : 'weights' ;
INIT      : 'init' ;
SEED      : 'seed' ;
OPTIMIZER : 'optimizer' ;
TRAIN     : 'train' ;
EPOCHS    : 'epochs' ;
BATCH     : 'batch' ;
SHUFFLE   : 'shuffle' ;
DATA      : 'data' ;
TEST      : 'test' ;
LABEL     : 'label' ;
IGNORE    : 'ignore' ;
PRECISION : 'precision' ;
SCHEDULE  : 'schedule' ;
VALIDATION : 'validation' ;
SPLIT     : 'split' ;
PATIENCE  : 'patience' ;
MIN_DELTA : 'min_delta' ;

LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;
ASSIGN : '=' ;
ARROW  : '->' ;

NUMBER
    : [+-]? DIGITS ('.' DIGITS?)? EXPONENT?
    | [+-]? '.' DIGITS EXPONENT?
    ;

IDENT : [A-Za-z_] [A-Za-z0-9_]* ;

// No escapes: a path is taken as written, so Windows back slashes need no doubling.
STRING : '"' ~["\r\n]* '"' ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS            : [ \t\r\n\f]+ -> skip ;

// Never valid: the parser reports them with a message of their own.
UNTERMINATED_STRING  : '"' ~["\r\n]* ;
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
