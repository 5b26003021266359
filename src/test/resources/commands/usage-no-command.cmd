## args

## exit
2
## stdout
## stderr
mc2: Missing command: try 'mc2 draft' or 'mc2 --help'.
Try 'mc2 --help'.
