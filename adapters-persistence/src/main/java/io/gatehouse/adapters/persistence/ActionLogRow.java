package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.actionlog.ActionRecord;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/**
 * A row of {@code sys_actionlog}. Text from the request (its id, the client address) is cut to
 * the column sizes: recording an action must never fail because a header was long.
 */
@MappedEntity("sys_actionlog")
record ActionLogRow(
        @Id long id,
        @TypeDef(type = DataType.OBJECT) LocalDateTime ts,
        String requestOrigin,
        String requestId,
        String actorIpAddr,
        long actorId,
        String resource,
        String action,
        String error,
        int severity,
        String description,
        String meta) {

    /** TEXT holds 65535 bytes; this many characters fit even at four bytes each. */
    static final int MAX_TEXT = 16_000;

    static ActionLogRow of(ActionRecord r) {
        return new ActionLogRow(r.id(), UtcTime.toColumn(r.timestamp()), cut(r.requestOrigin(), 64),
                cut(r.requestId(), 255), cut(r.actorIpAddress(), 255), r.actorId(), cut(r.resource(), 512),
                cut(r.action(), 64), cut(r.error(), MAX_TEXT), r.severity().code(), cut(r.description(), MAX_TEXT),
                StringMapJson.write(r.meta()));
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
