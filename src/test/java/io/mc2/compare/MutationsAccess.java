package io.mc2.compare;

import io.mc2.write.SampleContracts;
import java.util.List;

/** Entry points for making committed compare fixtures from the generator (used by hand, not by tests). */
public final class MutationsAccess {
    private MutationsAccess() {
    }

    public static byte[] draft() {
        return Mutations.draft(SampleContracts.sample());
    }

    public static byte[] draft(io.mc2.model.Contract contract) {
        return Mutations.draft(contract);
    }

    public static byte[] mutate(byte[] a, long seed, int n) {
        return new Mutations(seed).mutate(a, n);
    }

    public static List<String> log(long seed, int n) {
        Mutations m = new Mutations(seed);
        m.mutate(draft(), n);
        return m.log();
    }
}
