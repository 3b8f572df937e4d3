package io.gatehouse.application.shared;

import io.gatehouse.domain.automation.EventDispatcher;
import io.gatehouse.domain.automation.SystemEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running use case: collects what the action log records about it (resource, meta) and the
 * automation events it fires. {@code before} events run at once, inside the transaction, so a
 * handler can abort; {@code after} events run once the work has committed.
 */
public final class Action {
    private final Caller caller;
    private final EventDispatcher events;
    private String resource;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<SystemEvent> afterCommit = new ArrayList<>();
    private final List<Map.Entry<String, Map<String, String>>> extraRecords = new ArrayList<>();

    Action(Caller caller, String resource, EventDispatcher events) {
        this.caller = caller;
        this.resource = resource;
        this.events = events;
    }

    public Caller caller() {
        return caller;
    }

    /** Narrows the recorded resource, e.g. from {@code system:user} to {@code system:user:42}. */
    public Action resource(String specific) {
        this.resource = specific;
        return this;
    }

    /** Adds a meta field to the record; empty values are left out, as the reference does. */
    public Action meta(String key, Object value) {
        if (value != null) {
            String v = String.valueOf(value);
            if (!v.isEmpty() && !v.equals("0")) {
                meta.put(key, v);
            }
        }
        return this;
    }

    /** One more record of the same action on another resource (e.g. one per granted rule). */
    public Action alsoRecord(String otherResource, Map<String, String> otherMeta) {
        extraRecords.add(Map.entry(otherResource, Map.copyOf(otherMeta)));
        return this;
    }

    public void before(String resourceType, String eventType, Map<String, Object> args) {
        events.dispatch(new SystemEvent(resourceType, eventType, args));
    }

    public void after(String resourceType, String eventType, Map<String, Object> args) {
        afterCommit.add(new SystemEvent(resourceType, eventType, args));
    }

    String resource() {
        return resource;
    }

    Map<String, String> meta() {
        return meta;
    }

    List<Map.Entry<String, Map<String, String>>> extraRecords() {
        return extraRecords;
    }

    List<SystemEvent> afterCommit() {
        return afterCommit;
    }
}
