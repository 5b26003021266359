## args
--version
## exit
0
## stdout
mc2 0.1.0
## stderr
