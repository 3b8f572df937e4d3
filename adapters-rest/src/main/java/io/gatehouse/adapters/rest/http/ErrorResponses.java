package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.DomainException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * The one error mapper: a domain error kind becomes a status, and every error goes out in the
 * error envelope (with status 200 in legacy mode).
 */
@Singleton
public class ErrorResponses {
    public static final String INTERNAL = "failed to complete request due to internal error";

    private final ApiConfig config;

    public ErrorResponses(ApiConfig config) {
        this.config = config;
    }

    public MutableHttpResponse<Envelopes.Error> of(DomainException e) {
        MutableHttpResponse<Envelopes.Error> response = of(statusOf(e), e.getMessage());
        if (e instanceof DomainException.RateLimited limited) {
            response.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
        }
        return response;
    }

    public MutableHttpResponse<Envelopes.Error> of(HttpStatus status, String message) {
        HttpStatus sent = config.isLegacyErrorStatus() ? HttpStatus.OK : status;
        return HttpResponse.<Envelopes.Error>status(sent).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Envelopes.error(message));
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof DomainException.NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof DomainException.Invalid) {
            return HttpStatus.BAD_REQUEST;
        } else if (e instanceof DomainException.Conflict) {
            return HttpStatus.CONFLICT;
        } else if (e instanceof DomainException.Forbidden) {
            return HttpStatus.FORBIDDEN;
        } else if (e instanceof DomainException.Unauthenticated) {
            return HttpStatus.UNAUTHORIZED;
        } else if (e instanceof DomainException.RateLimited) {
            return HttpStatus.TOO_MANY_REQUESTS;
        } else if (e instanceof DomainException.TooLarge) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
