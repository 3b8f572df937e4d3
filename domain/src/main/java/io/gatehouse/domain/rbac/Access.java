package io.gatehouse.domain.rbac;

import io.gatehouse.domain.shared.DomainException;
import java.util.Locale;

/** A rule's verdict. INHERIT is never stored: granting it deletes the rule. */
public enum Access {
    ALLOW, DENY, INHERIT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Access parse(String value) {
        if (value == null) {
            throw new DomainException.Invalid("invalid access: expected allow, deny or inherit");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "allow" -> ALLOW;
            case "deny" -> DENY;
            case "inherit" -> INHERIT;
            default -> throw new DomainException.Invalid("invalid access \"" + value + "\": expected allow, deny or inherit");
        };
    }
}
