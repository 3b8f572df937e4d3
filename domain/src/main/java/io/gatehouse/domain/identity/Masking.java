package io.gatehouse.domain.identity;

/** The reference's mask strings for private user data. */
public final class Masking {
    public static final String EMAIL = "####.#######@######.###";
    public static final String NAME = "##### ##########";

    private Masking() {
    }
}
