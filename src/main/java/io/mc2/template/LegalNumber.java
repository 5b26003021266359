package io.mc2.template;

/** Numbers as a lawyer writes them: "thirty (30)", "one hundred twenty (120)". */
public final class LegalNumber {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private LegalNumber() {
    }

    /** Words and digits, e.g. {@code 30 → "thirty (30)"}. */
    public static String wordsAndDigits(long n) {
        return words(n) + " (" + n + ")";
    }

    /** The number in English words (American usage, no "and"), for 0 ≤ n < 10^12. */
    public static String words(long n) {
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return SMALL[(int) n];
        if (n < 100) return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + SMALL[(int) (n % 10)]);
        if (n < 1000) return SMALL[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " " + words(n % 100));
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"billion", "million", "thousand"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                long head = n / scales[i];
                long rest = n % scales[i];
                return words(head) + " " + names[i] + (rest == 0 ? "" : " " + words(rest));
            }
        }
        throw new AssertionError(n);
    }
}
