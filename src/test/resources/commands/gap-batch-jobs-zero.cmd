## args
gap --batch src/test/resources/gap -o target/never --jobs 0
## exit
2
## stdout
## stderr
mc2: --jobs must be at least 1
