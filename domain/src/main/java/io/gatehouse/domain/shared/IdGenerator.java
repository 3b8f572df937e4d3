package io.gatehouse.domain.shared;

/** Produces new, unique, time-ordered IDs. */
@FunctionalInterface
public interface IdGenerator {
    long next();
}
