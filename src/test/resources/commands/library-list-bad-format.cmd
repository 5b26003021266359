## args
library list --format xml
## exit
2
## stdout
## stderr
mc2: Invalid value for option '--format': expected one of [table, md, json] (case-insensitive) but was 'xml'
Try 'mc2 library list --help'.
