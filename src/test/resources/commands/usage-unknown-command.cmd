## args
frobnicate
## exit
2
## stdout
## stderr
mc2: Unmatched argument at index 0: 'frobnicate'
Did you mean: mc2 text or mc2 status or mc2 profile?
Try 'mc2 --help'.
