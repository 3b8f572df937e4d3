package io.gatehouse.domain.shared;

/** The reference's deleted/suspended/archived filter: 0 exclude, 1 include, 2 only. */
public enum Tristate {
    EXCLUDE, INCLUDE, ONLY;

    public static Tristate of(long value) {
        if (value == 1) {
            return INCLUDE;
        }
        if (value == 2) {
            return ONLY;
        }
        return EXCLUDE;
    }

    public int code() {
        return ordinal();
    }

    public boolean wantsFlagged() {
        return this != EXCLUDE;
    }
}
