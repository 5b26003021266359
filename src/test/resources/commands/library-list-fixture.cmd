## args
library list --library src/test/resources/fixtures/library
## exit
0
## stdout
ID      PARTY   TOPIC  MC2      VARIANTS         PARAMETERS
patch   mdm     alpha  v2 #31?  strong, lenient  window (days), notice (business-days)
insure  shared  beta            balanced, other  cover (money), share (percent), hours (hours), months (months), years (years), format (enum), named (boolean), note (text)
2 clauses; MC2 references marked ? are unverified
## stderr
