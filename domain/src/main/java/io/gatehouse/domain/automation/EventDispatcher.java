package io.gatehouse.domain.automation;

/**
 * Delivers events to automation. A handler of a {@code before*} event may abort the operation by
 * throwing a {@link io.gatehouse.domain.shared.DomainException}; errors of {@code after*} handlers
 * are the dispatcher's to log and swallow.
 */
public interface EventDispatcher {
    EventDispatcher NONE = event -> { };

    void dispatch(SystemEvent event);
}
