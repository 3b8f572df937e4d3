package io.gatehouse.domain.automation;

import java.util.Map;

/** Runs a named automation script explicitly (the {@code .../trigger} endpoints). */
public interface ScriptRunner {
    /** Until an engine is configured, no script exists. */
    ScriptRunner NONE = (script, resourceType, args) -> {
        throw new io.gatehouse.domain.shared.DomainException.NotFound("nonexistent script (\"" + script + "\")");
    };

    /** Runs the script for the resource type; returns the (possibly modified) args. */
    Map<String, Object> runExplicit(String script, String resourceType, Map<String, Object> args);
}
