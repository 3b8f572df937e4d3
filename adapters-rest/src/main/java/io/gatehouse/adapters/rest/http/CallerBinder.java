package io.gatehouse.adapters.rest.http;

import io.gatehouse.application.shared.Caller;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets controllers take the resolved {@link Caller} as a parameter. */
@Singleton
public class CallerBinder implements TypedRequestArgumentBinder<Caller> {
    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Caller> caller = source.getAttribute(CallerFilter.ATTRIBUTE, Caller.class);
        Caller c = caller.orElseGet(() -> Caller.anonymous("", ""));
        return () -> Optional.of(c);
    }
}
