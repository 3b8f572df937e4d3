package io.gatehouse.adapters.rest.http;

import io.micronaut.serde.annotation.Serdeable;

/** The three response envelopes of the API, written in this one place. */
public final class Envelopes {
    private Envelopes() {
    }

    /** {@code {"response": value}}. */
    @Serdeable
    public record Response<T>(T response) {
    }

    /** {@code {"success": {"message": "OK"}}}. */
    @Serdeable
    public record Success(Message success) {
    }

    /** {@code {"error": {"message": "..."}}}. */
    @Serdeable
    public record Error(Message error) {
    }

    @Serdeable
    public record Message(String message) {
    }

    public static final Success OK = new Success(new Message("OK"));

    public static <T> Response<T> response(T value) {
        return new Response<>(value);
    }

    public static Success ok() {
        return OK;
    }

    public static Error error(String message) {
        return new Error(new Message(message));
    }
}
