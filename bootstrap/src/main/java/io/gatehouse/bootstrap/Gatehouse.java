package io.gatehouse.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the Gatehouse server. */
public final class Gatehouse {
    private Gatehouse() {
    }

    public static void main(String[] args) {
        Micronaut.run(Gatehouse.class, args);
    }
}
