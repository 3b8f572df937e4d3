package io.gatehouse.application.shared;

import io.gatehouse.domain.actionlog.Severity;

/** Which records are kept: production keeps all but info and debug (as the reference). */
public enum ActionLogPolicy {
    PRODUCTION, DEBUG, DISABLED;

    public boolean keeps(Severity severity) {
        return switch (this) {
            case PRODUCTION -> severity.code() <= Severity.NOTICE.code();
            case DEBUG -> true;
            case DISABLED -> false;
        };
    }
}
