## args
gap --batch src/test/resources/gap
## exit
2
## stdout
## stderr
mc2: --batch needs an output folder: -o OUTDIR
