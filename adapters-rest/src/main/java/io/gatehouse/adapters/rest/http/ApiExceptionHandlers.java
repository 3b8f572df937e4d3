package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.DomainException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns everything that can go wrong into the error envelope: domain errors through
 * {@link ErrorResponses}, and the framework's own refusals (no route, wrong method, wrong media
 * type, too large) with their statuses. Anything unexpected is a 500 with a generic message;
 * the cause is logged, never sent.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiExceptionHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandlers.class);
    private final ErrorResponses errors;

    public ApiExceptionHandlers(ErrorResponses errors) {
        this.errors = errors;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return errors.of(HttpStatus.NOT_FOUND, "no such endpoint: " + request.getMethodName() + " " + request.getPath());
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    public HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return errors.of(HttpStatus.METHOD_NOT_ALLOWED, "method " + request.getMethodName() + " not allowed on " + request.getPath());
    }

    @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
    public HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
        return errors.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported content type: "
                + request.getContentType().map(Object::toString).orElse("none"));
    }

    @Error(status = HttpStatus.NOT_ACCEPTABLE, global = true)
    public HttpResponse<?> notAcceptable(HttpRequest<?> request) {
        return errors.of(HttpStatus.NOT_ACCEPTABLE, "the response can only be application/json");
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    public HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return errors.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large");
    }

    @Error(exception = ContentLengthExceededException.class, global = true)
    public HttpResponse<?> contentTooLong(HttpRequest<?> request) {
        return errors.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large");
    }

    /** Domain errors from use cases. */
    @Singleton
    @Requires(classes = DomainException.class)
    public static class DomainErrors implements ExceptionHandler<DomainException, HttpResponse<?>> {
        private final ErrorResponses errors;

        public DomainErrors(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
            return errors.of(exception);
        }
    }

    /** A body type the API does not read. */
    @Singleton
    public static class UnsupportedBodies implements ExceptionHandler<ParamsReader.UnsupportedBody, HttpResponse<?>> {
        private final ErrorResponses errors;

        public UnsupportedBodies(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ParamsReader.UnsupportedBody exception) {
            return errors.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, exception.getMessage());
        }
    }

    /** The last resort: a bug or an outage we did not classify. */
    @Singleton
    public static class UnexpectedErrors implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
        private final ErrorResponses errors;

        public UnexpectedErrors(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
            LOG.error("unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
            return errors.of(HttpStatus.INTERNAL_SERVER_ERROR, ErrorResponses.INTERNAL);
        }
    }
}
