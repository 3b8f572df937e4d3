package io.gatehouse.domain.identity;

import io.gatehouse.domain.shared.DomainException;

/** User kinds: normal (empty string on the wire) or bot. */
public final class UserKind {
    public static final String NORMAL = "";
    public static final String BOT = "bot";

    private UserKind() {
    }

    public static String validate(String kind) {
        String k = kind == null ? "" : kind.trim();
        if (k.equals("normal")) {
            return NORMAL;
        }
        if (!k.equals(NORMAL) && !k.equals(BOT)) {
            throw new DomainException.Invalid("invalid kind: expected \"\", \"normal\" or \"bot\"");
        }
        return k;
    }
}
