package io.gatehouse.domain.shared;

/**
 * The root of the error taxonomy. Every error a client may see is one of its subclasses and
 * carries the client-facing message; the REST adapter maps each kind to a status in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.Invalid, DomainException.Conflict,
        DomainException.Forbidden, DomainException.Unauthenticated, DomainException.RateLimited,
        DomainException.Unavailable, DomainException.TooLarge {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The thing asked for does not exist (or the caller may not know that it does). */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The input is malformed or breaks a rule; names the parameter where there is one. */
    public static final class Invalid extends DomainException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** A uniqueness rule or the current state forbids the change. */
    public static final class Conflict extends DomainException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** The caller is known but not allowed. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** The caller is not (or no longer) authenticated. */
    public static final class Unauthenticated extends DomainException {
        public Unauthenticated(String message) {
            super(message);
        }
    }

    /** Too many attempts; {@link #retryAfterSeconds()} says when to come back. */
    public static final class RateLimited extends DomainException {
        private final long retryAfterSeconds;

        public RateLimited(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A dependency (database, mail server, storage) is down. */
    public static final class Unavailable extends DomainException {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** A payload is larger than allowed. */
    public static final class TooLarge extends DomainException {
        public TooLarge(String message) {
            super(message);
        }
    }
}
