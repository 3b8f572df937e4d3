package io.gatehouse.domain.automation;

import java.util.Map;

/**
 * An automation event, named as the reference: resource type ({@code system:user}) and event
 * type ({@code beforeCreate}), with its arguments ({@code user}, {@code oldUser}, ...).
 */
public record SystemEvent(String resourceType, String eventType, Map<String, Object> args) {
    public SystemEvent {
        args = Map.copyOf(args);
    }
}
