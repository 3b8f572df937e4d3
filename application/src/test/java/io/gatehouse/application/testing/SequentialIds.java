package io.gatehouse.application.testing;

import io.gatehouse.domain.shared.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Readable ids for tests: 1000, 1001, ... (well clear of the built-in roles 1 and 2). */
public final class SequentialIds implements IdGenerator {
    private final AtomicLong next = new AtomicLong(1000);

    @Override
    public long next() {
        return next.getAndIncrement();
    }
}
