package io.gatehouse.domain.actionlog;

/** Syslog severities, numbered as the reference stores them. */
public enum Severity {
    EMERGENCY, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG;

    public int code() {
        return ordinal();
    }
}
